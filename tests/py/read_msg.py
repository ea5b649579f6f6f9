"""List the attachments of an Outlook .msg with olefile (Debian's python3-olefile), a compound
file reader independent of Shomei's, following the [MS-OXMSG] stream names: one JSON line of
[{"path", "name", "sha256", "size"}], embedded messages included.

Usage: read_msg.py FILE.msg
"""
import hashlib
import json
import sys

import olefile

ole = olefile.OleFileIO(sys.argv[1])
assert ole.exists("__properties_version1.0"), "no property stream at the root"
assert ole.exists("__nameid_version1.0"), "no named-property storage"
out = []
for entry in ole.listdir(streams=True, storages=False):
    if entry[-1] != "__substg1.0_37010102":
        continue
    storage = entry[:-1]
    assert storage[-1].startswith("__attach_version1.0_#"), entry
    assert ole.exists("/".join(storage + ["__properties_version1.0"])), storage
    data = ole.openstream(entry).read()
    name = ole.openstream(storage + ["__substg1.0_3707001F"]).read().decode("utf-16-le")
    out.append({"path": "/".join(storage), "name": name,
                "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
print(json.dumps(out, ensure_ascii=False))

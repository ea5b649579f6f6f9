"""Write the CA's issuance mail as a mail program saves it (.eml), with Python's own `email`
package — a MIME writer independent of the parser Shomei uses.

Usage: make_mail.py MODE OUT.eml [ATTACHMENT NAME]...
  zip-rfc2231   ISO-2022-JP subject and body; the zip's Japanese name in RFC 2231 form
  zip-encoded   the zip's Japanese name as an encoded word (as Japanese mailers write it)
  crt-qp        each attachment a .crt in quoted-printable, Shift_JIS body
  forward       a colleague's mail with the CA's mail (zip-rfc2231) attached as message/rfc822
  none          the CA's mail after a gateway removed the attachment
"""
import sys
from email import encoders
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formatdate

mode, out = sys.argv[1], sys.argv[2]
files = [(sys.argv[i + 1], open(sys.argv[i], "rb").read()) for i in range(3, len(sys.argv), 2)]

BODY = ("taro@example.jp 向けの 証明書が承認されました。"
        "この E メールに添付されている新しい証明書をご確認ください。\n")


def ca_mail(mode, charset="iso-2022-jp"):
    m = MIMEMultipart("mixed")
    m["From"] = "DigiCert <admin@digicert.com>"
    m["To"] = "taro@example.jp"
    m["Subject"] = Header("taro@example.jp 向けの 証明書", "iso-2022-jp")
    m["Date"] = formatdate()
    m.attach(MIMEText(BODY, "plain", charset))
    for name, data in files if mode != "none" else []:
        if mode == "crt-qp":
            part = MIMEBase("application", "x-x509-ca-cert")
            part.set_payload(data)
            encoders.encode_quopri(part)
            part.add_header("Content-Disposition", "attachment", filename=name)
        else:
            part = MIMEApplication(data, "zip")
            if mode == "zip-encoded":
                encoded = Header(name, "iso-2022-jp").encode()
                part.add_header("Content-Disposition", "attachment", filename=encoded)
            else:
                part.add_header("Content-Disposition", "attachment",
                                filename=("iso-2022-jp", "", name))
        m.attach(part)
    return m


if mode == "forward":
    m = MIMEMultipart("mixed")
    m["From"] = "Hanako <hanako@example.jp>"
    m["To"] = "taro@example.jp"
    m["Subject"] = Header("転送: taro@example.jp 向けの 証明書", "iso-2022-jp")
    m.attach(MIMEText("届いた証明書のメールを転送します。\n", "plain", "iso-2022-jp"))
    m.attach(MIMEMessage(ca_mail("zip-rfc2231")))
else:
    m = ca_mail(mode, "shift_jis" if mode == "crt-qp" else "iso-2022-jp")

with open(out, "wb") as f:
    f.write(m.as_bytes())

# Shomei — English messages. Every id here must also exist in ja.ftl (a test checks).
# Terms follow docs/glossary.md and the CA's own English labels.

## Field names
field-email = Email address
field-org = Organization name
field-cn = Common name (CN)
field-san = Additional host name (SAN)
field-country = Country (C)
field-state = State or prefecture (ST)
field-locality = City or ward (L)
field-key = Key type
field-hash = Signature hash
field-profile = Profile
field-usage = Certificate usage
field-extras = Additional certificate usages

## Refusals: "field: what is wrong — what to type instead"
err-field-prefix = { $field }: { $problem }
problem-empty = nothing was entered. Please fill it in.
problem-too-long = "{ $value }" is too long (at most { $max } characters). Please shorten it.
problem-long-vowel = "{ $value }" contains "{ $char }" (a long-vowel mark or full-width dash). Replace it with the half-width hyphen "-".
problem-wave-dash = "{ $value }" contains the wave dash "〜". Replace it with the half-width tilde "~", or remove it.
problem-ideographic-stop = "{ $value }" contains the Japanese full stop "。". Use the half-width dot "." instead.
problem-yen = "{ $value }" contains a yen sign "￥". It cannot be used here; remove it.
problem-not-half-width = "{ $value }" contains "{ $char }", which is not a half-width (ASCII) character. Type it in half-width letters and digits — turn the IME off.
problem-bad-char = "{ $value }" contains "{ $char }", which is not allowed here. Use only letters, digits, spaces and . , -
problem-space-edges = "{ $value }" starts or ends with a space. Remove the space.
problem-only-punctuation = "{ $value }" has only dots, hyphens or spaces. Enter the real name.
problem-email-no-at = "{ $value }" has no "@". Enter a full address such as taro@example.co.jp.
problem-email-local = the part before "@" in "{ $value }" is not valid. Use half-width letters, digits and . _ - + only, without two dots in a row.
problem-email-domain = the domain after "@" in "{ $value }" is not a valid domain name. Check its spelling, e.g. example.co.jp.
problem-email-duplicate = "{ $value }" is entered twice. Enter each address once.
problem-host-syntax = "{ $value }" is not a valid host name. Use letters, digits, hyphens and dots, e.g. www.example.co.jp.
problem-host-label-long = one part of "{ $value }" is longer than 63 characters. Check the name.
problem-host-long = "{ $value }" is longer than 253 characters. Check the name.
problem-host-ip = "{ $value }" is an IP address. Public certificates need a registered domain name, e.g. www.example.co.jp.
problem-host-internal = "{ $value }" ends in "{ $suffix }", which is not a public domain (an internal name). Public CAs only certify registered domain names, e.g. www.example.co.jp.
problem-wildcard-position = in "{ $value }" the "*" may only be the whole leftmost part, as in *.example.co.jp.
problem-wildcard-public-suffix = "{ $value }" would cover a whole public suffix. Put the wildcard in front of your own domain, e.g. *.example.co.jp.
problem-country = "{ $value }" is not a two-letter country code. Enter JP for Japan.
problem-key-too-weak = "{ $value }" is too weak and CAs refuse it. Choose rsa2048 (recommended), rsa3072, rsa4096, p256 or p384.
problem-key-unknown = "{ $value }" is not a key type Shomei makes. Choose rsa2048 (recommended), rsa3072, rsa4096, p256 or p384.
problem-hash-unknown = "{ $value }" is not a signature hash Shomei uses. Choose sha256 or sha384.
problem-hash-not-for-key = { $key } keys sign with their own hash; { $hash } does not go with it. Leave the hash out, or choose p384 for SHA-384.
problem-profile-unknown = "{ $value }" is not a profile. Choose multipurpose (Shomei's default) or strict (CertCentral's default).
problem-usage-unknown = "{ $value }" is not a certificate usage. Choose sign-and-encrypt, sign-only or encrypt-only.
problem-needs-multipurpose = { $extra } is only available with the Multipurpose profile. Choose Multipurpose, or leave { $extra } off.
problem-data-enc-needs-encryption = data encryption is an encryption purpose, but this certificate is for email signing only. Choose signing and encryption, or leave data encryption off.
problem-nonrep-needs-signing = non-repudiation is a signing purpose, but this certificate is for email encryption only. Choose signing and encryption, or leave non-repudiation off.
problem-data-enc-needs-rsa = data encryption needs an RSA key. Choose an RSA key, or leave data encryption off.

## The CA's own words
profile-strict = Strict (CertCentral's default)
profile-multipurpose = Multipurpose
usage-sign-and-encrypt = Multipurpose – email signing and encryption
usage-sign-only = Email signing only
usage-encrypt-only = Email encryption only
extra-non-repudiation = Non-repudiation
extra-data-encryption = Data encryption
extra-client-auth = Personal authentication (client authentication)

## Notices
notice-normalized = { $field }: "{ $from }" will be used as "{ $to }".
notice-discouraged-char = { $field }: "{ $char }" is accepted, but some Japanese CAs reject it. Check that it is exactly how the CA validated the name.
notice-cn-from-org = The email address is longer than 64 characters, so the CSR's common name (CN) is the organization name. The issued certificate's CN is the organization name either way (the order page's "Organization").
notice-www-added = "{ $name }" is added to the host names (with and without www).

## Key and CSR errors
err-key-too-weak = Key type "{ $value }" is too weak and CAs refuse it. Choose rsa2048 (recommended), rsa3072, rsa4096, p256 or p384.
err-key-unknown = "{ $value }" is not a key type Shomei makes. Choose rsa2048, rsa3072, rsa4096, p256 or p384.
err-hash-unknown = "{ $value }" is not a signature hash Shomei uses. Choose sha256 or sha384.
err-key-cancelled = Key generation was cancelled. Nothing was saved.
err-key-generation = The private key could not be generated. Please try again.
err-key-decode = The private key could not be read. The vault file may be damaged.
err-key-sign = Signing with the private key failed. Please try again.
err-csr-key-mismatch = The private key does not match the request's key type. Please start the request again.
err-csr-build = The CSR could not be built ({ $detail }). Check the entered values.

## Vault errors
err-vault-no-dir = { $face ->
    [cli] No folder for Shomei's data could be found. Set the environment variable SHOMEI_DATA_DIR to a folder you can write to.
   *[window] No folder for Shomei's data could be found. Please contact your IT desk.
}
err-vault-io = The vault at { $path } could not be used: { $detail }. Check that the folder exists and that you may write to it.
err-vault-keyring-unavailable = The vault's master key is kept in the OS keyring, which cannot be reached now ({ $detail }). Log in to your desktop session (or start your keyring) and try again. Your private keys are safe and untouched.
err-vault-keyring-locked = The OS keyring is locked ({ $detail }). Unlock it and try again. Your private keys are safe and untouched.
err-vault-keyring-missing = The OS keyring no longer has this vault's master key, so the private keys in it cannot be opened. Restore the keyring (or the user account) it was created in. Shomei did not create a new vault, so nothing was overwritten.
err-vault-need-passphrase = { $face ->
    [cli] There is no OS keyring here, so the vault needs a passphrase. Run Shomei in a terminal to type it, or set SHOMEI_VAULT_PASSPHRASE.
   *[window] There is no OS keyring on this computer, so the vault is protected by a passphrase. Please type it.
}
err-vault-wrong-passphrase = The vault passphrase is wrong. Type it again (it is case-sensitive; check Caps Lock and that the IME is off).
err-vault-passphrase-short = The vault passphrase is too short. Use at least { $min } characters.
err-vault-passphrase-mismatch = The two passphrases differ. Type the same passphrase twice.
err-vault-damaged = { $path } is damaged and was left as it is. Restore it from a backup, or contact your IT desk.
err-vault-too-new = { $path } was written by a newer version of Shomei. Update Shomei to open it.
err-vault-not-found = { $face ->
    [cli] There is no request "{ $id }" in the vault. Run "shomei list" to see the requests.
   *[window] There is no request "{ $id }" in the vault. See "Your requests" on the home screen.
}
err-vault-none = { $face ->
    [cli] There is no vault in { $dir } yet: no request has been made here. Make one first with "shomei request smime" or "shomei request server".
   *[window] There is no vault in { $dir } yet: no request has been made here. Make one first on the home screen ("New mail certificate" or "New server certificate").
}
## File errors
err-write = { $path } could not be written: { $detail }. Choose another place to save it. Nothing was saved.
err-out-missing = Where should the CSR be saved? Add --out FILE (for example --out request.csr).
err-out-is-dir = { $path } is a folder. Give a file name inside it, e.g. { $path }/request.csr.
err-out-folder-missing = The folder { $path } does not exist. Create it first, or choose another place.
err-inspect-unrecognized = This file is not a CSR, certificate or PKCS#12 file that Shomei understands. Check that you chose the right file.
err-inspect-truncated-pem = The file's text is cut off (its END line is missing or damaged). Copy the whole block again, from BEGIN to END.
err-inspect-bad-csr = The CSR in this file is damaged. Make the CSR again, or ask the person who sent it.

## Findings
finding-signature-invalid = The signature does not match the content: the file was changed or damaged.
finding-signature-unsupported = The signature algorithm is not one Shomei can check.
finding-key-too-small = The key ({ $bits } bits) is too small; CAs refuse it.
finding-weak-hash = The signature uses SHA-1, which CAs refuse.
finding-cn-not-in-san = The common name is not among the host names (SAN); CAs require it there.
finding-has-ou = It has an organizational unit (OU), which public CAs no longer accept.
finding-has-email-attr = It has an emailAddress in the subject, which server certificates may not carry.
finding-has-challenge-password = It carries a challenge password attribute, which many CAs reject.
finding-no-san = It names no email address or host name (SAN).

## Command line
cli-error = Error: { $message }
cli-notice = Note: { $message }
cli-vault-new-passphrase = Choose a passphrase for the new vault (at least 10 characters):
cli-vault-passphrase = Vault passphrase:
cli-vault-repeat-passphrase = Type the passphrase again:
cli-vault-no-keyring = No OS keyring is available, so the vault is protected by a passphrase instead.
cli-generating = Generating the private key ({ $key }). This can take a few seconds…
cli-keygen-progress = Primes found: { $found } of 2 (candidates tried: { $candidates })
cli-request-done = The private key is stored encrypted in the vault, and the CSR for { $title } is saved to { $path }. Hand the CSR to your reseller or paste it into the CA's order page.
cli-list-empty = No requests yet.
status-pending = pending
status-issued = issued
kind-smime = S/MIME
kind-server = server

## Inspect
inspect-kind = Type: { $value }
inspect-kind-smime-csr = CSR (certificate signing request) for an S/MIME (email) certificate
inspect-kind-server-csr = CSR (certificate signing request) for a server certificate (SSL/TLS)
inspect-kind-csr = CSR (certificate signing request)
inspect-subject = Subject: { $value }
inspect-emails = Email addresses: { $value }
inspect-dns-names = Host names: { $value }
inspect-key = Public key: { $value }
inspect-signature = Signature: { $value }
inspect-signature-ok = { $alg } (valid)
inspect-signature-bad = { $alg } (NOT valid)
inspect-key-usage = Key usage: { $value }
inspect-eku = Extended key usage (what the certificate may be used for): { $value }
inspect-findings = Findings: { $value }
inspect-no-findings = none
inspect-finding = Finding: { $value }

## PKCS#12 password (the CA's rule)
pw-rule-min-length = At least 12 characters
pw-rule-max-length = At most 72 characters
pw-rule-three-classes = At least 3 of: lowercase, uppercase, digits, symbols
pw-rule-ascii = Half-width letters, digits and symbols only (turn the IME off)
pw-rule-edge-space = No space at the beginning or end
pw-rule-not-guessable = Not a common password, and not your email address, domain or company name
pw-strength-0 = Strength: weak
pw-strength-1 = Strength: fair
pw-strength-2 = Strength: good
pw-strength-3 = Strength: strong
pw-strength-4 = Strength: very strong
err-password-rejected = The certificate password does not meet the rules: { $rule }. Choose another password (or let Shomei generate one).
err-password-full-width = The certificate password contains full-width characters. Turn the IME off and type it in half-width characters. ({ $rule })
err-password-missing = { $face ->
    [cli] A certificate password is needed. Use --password-file FILE, set SHOMEI_P12_PASSWORD, or run in a terminal to type it. Nothing was written.
   *[window] Please type the certificate password. Nothing was written.
}
err-password-mismatch = The two passwords differ. Type the same password twice. Nothing was written.
err-platform-unknown = "{ $value }" is not a place Shomei knows. Choose windows, mac, thunderbird or unsure (unsure writes two files: one for new and one for older PCs).
err-preset-unknown = "{ $value }" is not a preset. Choose modern (Windows 10/11, macOS 15 or later, Thunderbird) or compatible (older PCs).

## Import
err-import-too-large = { $file } is too large for a certificate file (over { $max_mb } MB). Choose the file the CA sent (a .zip, .p7b, .crt, .cer or .pem).
err-import-empty = { $file } is empty. Choose the file the CA sent.
err-import-unrecognized = { $file } is not a certificate file Shomei can read. Choose the .zip, .p7b, .crt, .cer or .pem file the CA sent.
err-import-truncated-pem = The text in { $file } is cut off (a BEGIN line without its END line). Save or copy the whole file again, from BEGIN to END.
err-import-is-csr = { $file } is a CSR (your request), not the issued certificate. Choose the file the CA sent back.
err-import-is-key = { $file } contains a private key. Shomei does not import keys; choose the certificate file the CA sent, and keep that key file safe or delete it.
err-import-is-p12 = { $face ->
    [cli] { $file } is already a PKCS#12 file (.p12/.pfx). Double-click it to install it, or use "shomei inspect" to look inside.
   *[window] { $file } is already a PKCS#12 file (.p12/.pfx). Double-click it to install it, or choose "Look inside a file" on the home screen.
}
err-import-bad-cert = A certificate in { $file } is damaged. Download it from the CA again.
err-import-bad-p7 = The PKCS#7 file { $file } is damaged. Download it from the CA again.
err-import-bad-zip = The zip file { $file } is damaged. Download it from the CA's mail again.
err-import-zip-encrypted = The zip file { $file } is password-protected. Unpack it with the password you were sent, then choose the .crt files inside.
err-import-zip-bomb = The zip file { $file } unpacks to far more than certificate files ever are, so it was not opened. Check where it came from.
err-import-no-certs = No certificate was found in the chosen files. Choose the file the CA sent.
err-import-bad-signature = The certificate "{ $subject }" is not signed by "{ $issuer }" as it claims. The files may be damaged or mixed up; download them from the CA again.
err-import-only-ca = These files hold only CA certificates ({ $subjects }), not your certificate. Look in the CA's mail for the file named after your email address or host name.
err-import-foreign = The certificate "{ $subject }" is for a private key Shomei did not make (or that is not in this vault). Check that you chose the right file; the vault was not changed.
err-import-expired = The certificate "{ $subject }" expired on { $date }. Request a renewal; the vault was not changed.
import-found-leaf = Your certificate for { $title }, valid until { $until } (request { $id }).
import-found-intermediate = The intermediate CA certificate: { $name }.
import-found-root = The root certificate: { $name }.
import-not-yet-valid = The certificate becomes valid only on { $date }. Check your PC's clock; if it is right, wait until then.
import-expires-soon = The certificate expires in { $days } days. Plan the renewal now.
import-names-differ = The names in the certificate ({ $issued }) differ from the request ({ $requested }). Check with the CA that this is what you ordered.
import-ku-differs = The certificate's key usage differs from what you chose. Certificate: { $issued } / chosen: { $expected }. Check the "certificate usage" chosen on the CA's order page and, if it differs, ask for a reissue.
import-eku-differs = The certificate's extended key usage (what it may be used for) differs from what you chose. Certificate: { $issued } / chosen: { $expected }. It may not work for mail. Check the options chosen on the CA's order page and, if they differ, ask for a reissue.
import-intermediate-missing = The intermediate CA certificate is missing. Add the CA's DigiCertCA.crt (or the .p7b): Thunderbird needs it to sign mail.

## Export
err-p12-build = The PKCS#12 file could not be built ({ $detail }). Nothing was written.
err-p12-verify = The written PKCS#12 file did not read back correctly ({ $detail }), so it was removed. Please try again.
err-p12-password = The password is wrong, or the file is not an intact PKCS#12 file.
err-export-not-issued = { $face ->
    [cli] Request { $id } has no certificate yet. Bring in the CA's files first ("shomei import FILE").
   *[window] Request { $id } has no certificate yet. First bring in the files the CA sent, with "Bring in an issued certificate" on the home screen.
}
err-export-key-mismatch = The stored certificate does not belong to this request's private key. Import the right certificate again.
cli-p12-password = Certificate password for the .p12 file:
cli-p12-password-again = Type the certificate password again:
cli-export-done = Saved { $path } ({ $preset }) as "{ $name }". Double-click it to install. Send the password by a different route than the file (for example by phone, not in the same mail).

## Inspect (certificates and PKCS#12)
finding-expired = It has expired.
finding-not-yet-valid = It is not valid yet.
inspect-kind-certs = { $count ->
    [one] one certificate
   *[other] { $count } certificates
}
inspect-kind-p12 = PKCS#12 file (.p12 / .pfx) with a private key
inspect-friendly-name = Name shown on install: { $value }
inspect-p12-key = Private key: { $value }
inspect-p12-key-match = Private key matches the certificate: { $value }
inspect-yes = yes
inspect-no = NO
inspect-p12-protection = Protection: { $value }
inspect-cert = Certificate — { $value }
inspect-issuer = Issued by: { $value }
inspect-validity = Valid: { $value }
role-leaf = your certificate
role-intermediate = intermediate CA certificate
role-root = root certificate
err-import-zip-unsafe-name = The zip file { $file } contains an entry named "{ $entry }" that points outside the archive. CAs never send such names, so it was not opened. Check where it came from.
err-p12-too-many-iterations = This .p12 file asks for an unreasonable amount of work to open (more key-derivation rounds than any platform writes), so it was not opened. Check where it came from.

## The window
app-title = Shomei — certificate assistant
err-window = { $face ->
    [cli] The window could not be opened ({ $detail }). The command line still works: run "shomei --help".
   *[window] The window could not be opened ({ $detail }). Please contact your IT desk.
}
err-internal = Something went wrong inside Shomei. Nothing was saved; please try again.
lang-ja = 日本語
lang-en = English
banner-dismiss = Close
vault-opening = Opening the vault…
nav-back = Back
nav-next = Next
nav-done = Done
nav-home = Back to the start

## Home
home-title = What would you like to do?
home-intro = Shomei makes the private key and the CSR for your certificate, keeps the key safe until the CA sends the certificate, and then makes the file you double-click to install.
home-new-smime = New mail certificate (S/MIME, Secure Mail ID)
home-import = Bring in an issued certificate
home-requests = Your requests
home-no-requests = No requests yet.
home-status-issued = issued, { $days } days left
home-status-expiring = expires in { $days } days — renew now
home-status-expired = expired

## Vault passphrase
unlock-title = Unlock the vault
unlock-explain = Your private keys are kept encrypted with this passphrase.
unlock-create-title = Protect the vault with a passphrase
unlock-create-explain = There is no OS keyring on this computer, so Shomei keeps your private keys encrypted with a passphrase. Choose one you will remember: without it the keys cannot be opened.
unlock-passphrase = Vault passphrase
unlock-again = Type the passphrase again
unlock-differ = The two passphrases differ.
unlock-submit = Unlock

## New mail certificate
smime-details-title = Step 1 of 4: email address and organization
smime-details-explain = Enter them exactly as on the CA's order page. Full-width input is converted; the value actually used is shown below.
smime-details-email-hint = One email address per line. The issued certificate's common name (CN) is the organization name: the order page has you choose "Organization".
smime-details-org-hint = e.g. テスト株式会社 (as validated by the CA)
smime-profile-title = Step 2 of 4: profile and certificate usage
smime-profile-legacy = Same as the product before August 2025
smime-profile-legacy-explain = Chooses Multipurpose and personal authentication (個人認証), as the CA's guide recommends for the same certificate as before.
profile-strict-explain = The default on CertCentral's order page (Shomei starts with Multipurpose selected). For signing and encrypting mail only; no additional usages can be added.
profile-multipurpose-explain = Non-repudiation, data encryption and personal authentication can be added. If you are unsure which to choose, choose Multipurpose, as the CA's guide says.
usage-sign-and-encrypt-explain = Sign your mail and let others send you encrypted mail. Choose this if unsure.
usage-sign-only-explain = Only sign your mail.
usage-encrypt-only-explain = Only receive encrypted mail.
extra-non-repudiation-explain = Proves that the data was not altered and is genuine (the CA's words). Multipurpose only.
extra-data-encryption-explain = Keeps data confidential and protects it from unauthorized access and leaks (the CA's words). Multipurpose, RSA keys only.
extra-client-auth-explain = Confirms and proves that it really is you. With this product the S/MIME certificate authenticates the organization, proving the mail was sent by that organization (the CA's words). Multipurpose only.
key-title = Step 3 of 4: key type
key-explain = RSA 2048 is what the CA's guide assumes and what every mail program can encrypt to. Larger keys are slower and rarely needed.
key-rsa2048 = RSA 2048 (recommended)
key-ec-warning = DigiCert CertCentral's Secure Mail ID guide shows RSA keys only (it does not say whether an ECDSA CSR is accepted). Choose RSA unless your IT desk asks otherwise.
key-generate = Make the private key and the CSR
generating-title = Step 4 of 4: making the private key
generating-explain = This takes a few seconds. The key is stored encrypted in the vault before the CSR is shown.
generating-cancel = Cancel
csr-title = Your CSR is ready
csr-key-safe = The private key for { $title } is stored encrypted in the vault. Hand over the CSR below.
csr-copy = Copy the CSR
csr-copied = The CSR is on the clipboard: paste it into the CA's order page.
csr-save = Save the CSR as a file
csr-save-handoff = Save the hand-off sheet
csr-text = CSR (certificate signing request)
csr-next-smime = When the CA mails the certificate (Secure Mail ID is issued within five business days on average), open Shomei and choose "Bring in an issued certificate".
csr-next-server = The certificate comes once the CA has finished its checks (domain validation and others); how long that takes depends on the CA and the product. When it arrives, open Shomei and choose "Bring in an issued certificate".
handoff-title = Hand-off sheet: DigiCert CertCentral's Secure Mail ID, in the order of the CA's guide
handoff-emails = Email address: enter { $value } one at a time, confirming each with "Add" (only addresses in domains your organization owns or manages).
handoff-org = Organization: click the icon, choose "{ $value }" under "Add organization" and click "Add" (the organization whose S/MIME validation is done).
handoff-profile = Profile option: { $value }
handoff-key-size = Certificate key size: the page hides this field once a CSR is pasted (the key, { $value }, is in the CSR).
handoff-usage = Certificate usage: { $value }
handoff-extras = Additional certificate usages (tick these): { $value }
handoff-hash = Signature hash: { $value }
handoff-intermediate = Intermediate chain: leave it as shown ({ $value })
handoff-none = none (leave every box unticked)
handoff-csr = CSR: paste the text below, from BEGIN to END, into the CSR field.

## Import
import-title = Bring in the issued certificate
import-explain = Drop the CA's mail itself (.eml, Outlook .msg) or its .zip (or .p7b, .crt, .cer, .pem files) onto this window, pick them, or type the path.
import-drop = Drop the CA's mail or files here
import-pick = Choose files…
import-path = File path
import-path-explain = Several files: separate them with ";".
import-open = Open
import-no-dialog = No file was chosen. If no dialog appeared, drop the files onto the window or type the path.
import-running = Reading the CA's files…
import-done-title = This is what the CA sent
import-done-export = Make the .p12 to install

## Export
p12-password-title = Choose the certificate password
p12-password-explain = The .p12 file is protected by this password. You need it to install the file: be sure not to forget it.
p12-password = Certificate password
p12-password-again = Type the certificate password again
p12-show = Show the password
p12-ime-hint = Full-width characters were typed: turn the IME off and type the password in half-width characters.
p12-generate = Generate a password
p12-copy = Copy the password
p12-separate-route = Send the password by a different route than the file (for example by phone, never in the same mail).
platform-title = Where will you install it?
platform-windows = Windows 10 or 11
platform-windows-explain = Double-click the file and follow the certificate import wizard.
platform-mac = Mac (macOS 15 or later)
platform-mac-explain = Double-click the file to add it to Keychain Access.
platform-thunderbird = Thunderbird
platform-thunderbird-explain = Import it in Thunderbird's certificate manager.
platform-unsure = Older PCs, or not sure
platform-unsure-explain = Shomei saves two files: one for current systems and a "-compatible" one for older Windows and macOS.
platform-save = Save the .p12 file…
export-running = Writing and checking the .p12 file…
export-done-title = Your .p12 file is ready
export-done-file = Saved: { $path }
export-done-install = How to install it
install-windows = Double-click the .p12 file, choose "Current User", type the certificate password, and leave "Automatically select the certificate store based on the type of certificate" selected. Outlook can then sign and encrypt with it.
install-mac = Double-click the .p12 file, type the certificate password, and add it to the "login" keychain. Apple Mail uses it automatically.
install-thunderbird = In Thunderbird: Settings → Privacy & Security → Certificates → Manage Certificates → Your Certificates → Import, choose the .p12 file and type the certificate password. Then choose it under Account Settings → End-To-End Encryption.
install-unsure = Try the main file first (double-click it). If your PC refuses it, use the file ending in "-compatible.p12" with the same password.

## Expiry reminders
reminder-calendar = Certificate expiry: { $title }
reminder-before = { $days } days until the certificate for { $title } expires
reminder-expiry = The certificate for { $title } expires today
reminder-description = Renew it with Shomei: choose "Renew" next to { $title }. Renewal makes a new private key.

## Server certificates
home-new-server = New server certificate (SSL/TLS)
home-inspect = Look inside a file
reminder-on-start = Expiring soon (days left): { $names }. Start the renewal now.
server-details-title = Server certificate, step 1 of 3: host names
server-details-explain = Enter the host name (common name) exactly as users type it in the browser. Japanese domain names are converted to the xn-- form the certificate needs.
server-idn = { $unicode } is written in the certificate as { $ascii }.
server-www = Put the name both with and without "www." in the host names (SAN)
server-www-explain = For www.example.co.jp, example.co.jp is added too (and the other way round). At Cybertrust this is the "www option" (no extra cost; it cannot be chosen on a reissue). The other CAs' guides do not describe a www option: there it is ordered as a second host name.
server-san-list = Host names in the certificate (SAN), final:
server-san-empty = Enter the host name to see the list.
server-subject-title = Server certificate, step 2 of 3: organization
server-subject-explain = Japanese CAs want half-width letters only (romaji). There is no department (OU) field: CAs no longer accept it.
server-hint-state = e.g. Tokyo
server-hint-locality = e.g. Chiyoda-ku
server-hint-org = e.g. Example Co., Ltd. (exactly as the CA validated it)
server-key-title = Server certificate, step 3 of 3: key type
server-key-explain = RSA 2048 works with every server and client; ECDSA P-256 is smaller and faster, if your server software supports it.
server-handoff-title = Hand-off sheet: what to enter when ordering the server certificate (on the reseller's page, or on CertCentral)
server-handoff-cn = Common name: { $value }
server-handoff-sans = Host names (SAN): { $value }
server-handoff-subject = Organization: { $value }
dcv-title = Domain control validation (DCV) for { $name }:
dcv-dns-txt = DNS TXT Record
dcv-dns-cname = DNS CNAME Record
dcv-http-file = File (HTTP Practical Demonstration)
dcv-constructed-email = Email: approval email (DCV email) to "predefined host name@domain name"
dcv-contact-email = Email: approval email (DCV email) to the address published in a DNS TXT record
dcv-whois = Email: approval email (DCV email) to the WHOIS contacts
dcv-current = available
dcv-discouraged = discouraged since { $since }, banned from { $banned } (server certificate rules: CA/Browser Forum ballot SC-090)
dcv-banned = banned since { $since }: cannot be used
dcv-not-for-name = not for a wildcard (*.) name (server certificate rules: Baseline Requirements 3.2.2.4.18)
server-key-export-title = Private key for { $title }
server-key-warning = Warning: this writes the private key to a file. Anyone with the file and its passphrase can impersonate your server. Copy it only to the server, then delete it from this PC. It is saved encrypted (PKCS#8) with the passphrase below.
server-key-understood = I understand; save the key encrypted
server-key-passphrase = Key passphrase
server-key-passphrase-again = Type the key passphrase again
server-key-explain-usage = nginx: ssl_password_file; Apache: SSLPassPhraseDialog. Or decrypt it on the server with "openssl pkey -in key.pem -out ..." if your policy allows.
server-key-save = Save the encrypted key…
inspect-title = Look inside a file
inspect-explain = A CSR, a certificate, the CA's zip or .p7b, or a .p12 file (enter its password) — explained in plain words, with anything worth knowing.
inspect-p12-password = Password (only for a .p12 file)
inspect-open = Look inside

## Batch requests
err-batch-unreadable = The CSV file could not be read. Save it from Excel as "CSV UTF-8" or "CSV" and try again.
err-batch-missing-column = The CSV has no "{ $column }" column. The first row must name the columns: email, organization (and optionally profile, usage, key).
err-batch-row = Line { $line }: { $message }
err-batch-bad-row = Line { $line } is not a valid CSV row. Check its quotes and commas.
err-batch-incomplete = { $failed } rows were not requested (see the lines above). Fix them and run the batch again with only those rows.
cli-batch-progress = Requests: { $done } of { $total }
cli-batch-summary = { $done } CSRs written to { $dir }; { $failed } rows refused.
handoff-step-csr = Add CSR: choose "I have a CSR" and paste the CSR below this sheet. With "Generate CSR in browser", the private key is made in your own browser after issuance (as a PKCS#12 file), and the one Shomei keeps is never used.
handoff-validity = Certificate validity: choose 1 year, 2 years or custom. This sets the price.
handoff-auto-renew = Auto-renew (renew the order 30 days before expiry): either is fine. For the renewal, make a new private key and CSR with Shomei too.
handoff-cn = Common name: always choose "Organization". The certificate's common name is the organization name "{ $value }" (the page's input wins over the CSR's content).
handoff-before-title = Before you order (pre-validation):
handoff-org-validation = Organization validation: in CertCentral under Certificates > Organizations, "SMIME" next to "{ $org }" means it is done. If not, open the organization, tick "SMIME - SMIME Organization Validation", click "Request validation" and always mail DigiCert's validation support (to: { $mail }; subject, in Japanese as the CA asks: 組織認証依頼（組織ID：XXXXXXXX）; body: the account number and the organization ID). No certificate is issued before the organization is validated.
dcv-smime-title = Domain control validation (DCV) for the mail domain "{ $name }": the CA recommends doing it before ordering, in CertCentral under Certificates > Domains — the Secure Mail ID order page has no place to choose DCV, so it is processed automatically as a Verification Email, sent in English. If you choose the approval email, set the DCV email language to "Japanese". Methods under Domains:
dcv-soa-rname = Email: approval email (DCV email) to the address in the DNS SOA record (RNAME)
dcv-place-txt-random = Add a TXT record (a line of text) in DNS (your domain's settings, changed by its administrator or in your DNS provider's page). Name: { $name }  Value: the random value the CA's page shows (the token)
dcv-place-cname-random = Add a CNAME record (an alias) in DNS. Name: (the random value the CA's page shows).{ $domain }  Value: { $target }
dcv-place-file = Put a file at this address on your web server: { $url } (its content is the random value the CA's page shows)
dcv-place-mailboxes = Sent to: { $addresses }
dcv-place-contact-txt = First add a DNS TXT record. Name: { $name }  Value: the email address that will receive the approval email (DCV email)
dcv-place-soa = The address in the RNAME of { $zone }'s SOA record (read its first "." as "@"; it may be your DNS provider's address, so check)
dcv-place-whois = The contact addresses registered in WHOIS for { $domain }
dcv-check-dns = How to tell it worked: the record may take a while to show. When the CA's page says the domain is validated, it is done.
dcv-check-file = How to tell it worked: open the address in a browser and see the random value. When the CA's page says the domain is validated, it is done.
dcv-check-mail = How to tell it worked: open the link in the approval email (DCV email; it may be in English) and approve; then it is done.
ca-digicert-reseller = DigiCert (ordered by the reseller on your behalf)
ca-globalsign = GMO GlobalSign (through the reseller)
ca-cybertrust = Cybertrust (through the reseller)
ca-certcentral = DigiCert CertCentral (ordered directly)
dcv-ca-digicert-reseller = When the reseller orders from DigiCert on your behalf, the approval email (DCV email) goes to every address below, and no other address can be named. Approve from the one-time URL in any one of them. (This follows the FAQ of IIJ's server certificate management service; other resellers may differ.)
dcv-ca-globalsign = For GMO GlobalSign, you pick one "approval email address" from the list below when you register the order; approve from the email sent there.
dcv-ca-cybertrust = For Cybertrust, the approval email (DCV email) goes to the WHOIS contacts. The WHOIS contacts are to be banned from 2025-07-15, so publishing an address in a DNS TXT record is recommended. If nothing happens for a while, the reseller will offer other methods.
dcv-ca-certcentral = For DigiCert CertCentral, choose the method under Certificates > Domains and click "Submit for validation".
server-handoff-key = Key type: { $value } (in the CSR)
server-handoff-ca = CA (product): { $value }
csr-ca = The CA (product) you order from: it decides how the domain is validated
profile-guide-differs = The CA's guide lists personal authentication under Strict, but the industry rules for S/MIME certificates (the S/MIME Baseline Requirements) do not allow client authentication in a Strict certificate, and the guide lists non-repudiation under Multipurpose only. So in Shomei every additional usage needs Multipurpose.
date = { $y }-{ $mm }-{ $dd }
problem-fixed-in-replacement = "{ $value }" cannot change here (a renewal or reissue keeps a server certificate's common name, and a reissue keeps the organization name). To change it, make a new request.
err-delete-issued = Request { $id } already has its certificate, so it cannot be deleted: its private key is still in use. Only a request still waiting for the CA can be deleted.
err-reissue-expired = Request { $id }'s certificate has expired, so it cannot be reissued. Renew it instead.
replacement-renewal-not-yet = The CA takes the renewal order from { $date } (90 days before the order expires). You may make the CSR now, but order it from that day.
replacement-renewal-open = The renewal can be ordered now ({ $days } days left). A new private key is made. Keep the old .p12: older encrypted mail needs it.
replacement-reissue-revokes-old = When the reissued certificate is issued, the old one is revoked { $hours } hours later. Install the new certificate before then.
replacement-reissue-old-form = This Secure Mail ID was issued before August 2025. It is reissued through DigiCert's separate Secure Mail ID reissue form, not CertCentral.
replacement-organization-fixed = A reissue cannot change the organization name (that needs a new order). The mailboxes, profile, usage and signature hash can change.
replacement-cn-fixed = A server certificate's renewal or reissue cannot change the common name (that needs a new order).
replacement-renew-title = Renewal (the same certificate ordered again, with a new private key)
replacement-reissue-title = Reissue (a valid certificate replaced by one with a new private key)
err-ca-unknown = "{ $value }" is not a CA Shomei knows. Choose digicert, globalsign, cybertrust or certcentral.
cli-show-head = Request { $id } ({ $title }): made { $created }, { $status }
cli-show-pending = waiting for the certificate
cli-show-issued = issued (valid { $from } to { $until })
reminder-after = { $title }'s certificate expired { $days } days ago. If you have not yet, order the renewal.
pw-mismatch-live = The two passwords do not match yet.
unlock-create-submit = Create the vault
usage-word-digital-signature = digital signature ({ $name })
usage-word-non-repudiation = non-repudiation ({ $name })
usage-word-key-encipherment = key encipherment ({ $name })
usage-word-data-encipherment = data encryption ({ $name })
usage-word-key-agreement = key agreement ({ $name })
usage-word-key-cert-sign = signing certificates ({ $name })
usage-word-crl-sign = signing revocation lists ({ $name })
usage-word-email-protection = mail protection (S/MIME, { $name })
usage-word-client-auth = personal authentication ({ $name })
usage-word-server-auth = server authentication ({ $name })
usage-word-code-signing = code signing ({ $name })
usage-word-other = { $name }
usage-list = { $count ->
    [0] none
    [1] { $a }
    [2] { $a }, { $b }
    [3] { $a }, { $b }, { $c }
    [4] { $a }, { $b }, { $c }, { $d }
   *[other] { $a }, { $b }, { $c }, { $d }, { $e }…
}
import-eku-client-auth-added = The CA added "personal authentication (clientAuth)" to the extended key usage. That is common for Multipurpose; the certificate signs and encrypts mail as it is.
p12-protection-modern = modern (AES and others; for Windows 10 and later, macOS 15 and later, Thunderbird) [{ $detail }]
p12-protection-compatible = compatible (3DES; older Windows and macOS open it too) [{ $detail }]
p12-protection-weak = old and weak (RC2-40); making it again with Shomei is recommended [{ $detail }]
p12-protection-other = another method [{ $detail }]

# Mail import
err-import-mail-no-cert = The mail { $file } has no certificate attached. Your company's mail security may have removed the attachment. Download the certificate (.zip, .p7b or .crt) from the order page on the CA's website (CertCentral for DigiCert) and bring in that file.
err-import-mail-winmail = The attachments of the mail { $file } are packed in Outlook's own format (winmail.dat), which cannot be read. Open the mail in Outlook, save the attached .zip file and bring in that file — or download the certificate from the order page on the CA's website.
err-import-mail-protected = The mail { $file } is encrypted (or wrapped in its signature), so its attachments cannot be read. Open the mail in your mail program, save the attached .zip file and bring in that file.
err-import-mail-truncated = The mail { $file } is cut off: it was not saved to the end. Save the mail again from your mail program, or save the attached .zip file and bring in that file.
err-import-mail-damaged = { $file } could not be read as a mail (it may be damaged). Save the mail again from your mail program, or save the attached .zip file and bring in that file.
err-import-mail-too-large = The mail { $file } has more or larger attachments than a CA's mail ever has, so it was not opened. Check where it came from.
# Unusual .p12 files and vault passphrase rules
err-p12-unsupported = This .p12 file is protected in an unusual way that no common program writes (for example scrypt or public-key protection), so it was not opened. Ask the sender to export it again with standard settings.
err-vault-passphrase-rejected = The vault passphrase does not meet the rules: { $rule }. Choose a longer or less guessable passphrase.
err-vault-passphrase-full-width = The vault passphrase contains full-width characters. Turn the IME off and type it in half-width characters. ({ $rule })
err-vault-kdf-range = { $path } asks for key-derivation settings that Shomei never writes (they could freeze or crash the app), so the vault was not opened. Restore vault.json from a backup.
err-vault-id-taken = A request with the number { $id } already exists, so nothing was overwritten. Please try again.
err-import-issuer-missing = The certificate "{ $subject }" arrived without the certificate of its issuer "{ $issuer }", so its signature cannot be checked and it was not imported. Add the CA's intermediate certificate file too (it is in the CA's zip, often named DigiCertCA.crt).
err-import-signature-unchecked = The signature of "{ $subject }" uses an algorithm Shomei cannot check ({ $alg }), so it was not imported. Ask the CA for a certificate signed with SHA-256 or stronger.
err-import-too-many-certs = { $file } holds more than { $max } certificates, far more than a CA sends. Choose the file the CA sent for your certificate.
err-import-is-encrypted-key = { $file } contains a password-protected private key, not a certificate. Shomei does not import keys; choose the certificate file the CA sent.
inspect-kind-p12-no-key = PKCS#12 file (.p12 / .pfx) without a private key (certificates only)
inspect-p12-key-of = yes (the key of "{ $subject }")
inspect-p12-key-unknown = Cannot tell (Shomei cannot read this kind of key)
inspect-signature-weak = { $alg } (valid, but SHA-1 is weak: CAs no longer accept it)
inspect-signature-unchecked = { $alg } (Shomei cannot check this kind of signature)
# The journey's step names and saving without a dialog
journey-details = Details
journey-profile = Profile
journey-key = Key type
journey-csr = CSR
journey-host = Host names
journey-subject = Organization
journey-password = Certificate password
journey-platform = Where it is used
journey-done = Done
journey-files = Files
journey-result = Result
lang-switch = Language
home-new-smime-explain = A certificate to sign and encrypt email. Makes a private key and a CSR to request it from the CA.
home-new-server-explain = A certificate for a web or mail server. Makes a private key and a CSR from the host names and your organization.
home-import-explain = Bring in the certificate the CA emailed you; it is matched with the private key kept here.
home-inspect-explain = Shows in plain words what a CSR, certificate or .p12 file contains.
home-made = Requested { $date }
home-expires = Expires { $date }
home-open = Open the request for { $title } ({ $date })
save-no-dialog = No file dialog can open on this desktop. Check the place below and press “Save here”.
save-cancelled = No place was chosen. You can also save to the place below.
save-path = Save to (folder and file name)
save-here = Save here
save-cancel = Don't save
saved-to = Saved to { $path }.
password-copied = The password is on the clipboard. Give it to the recipient another way than email (by phone, for example).
request-title = Request for { $title }
request-made = Requested on: { $date }
request-key = Private key: { $key } (kept encrypted in the vault)
request-status-pending = Status: waiting for the certificate
request-status-issued = Status: issued (expires { $date }, { $days } days left)
request-status-expired = Status: expired ({ $date })
request-next-pending = What to do next: copy the CSR below, paste it into the CA's order page and choose what the hand-off sheet says. When the certificate arrives by email, choose “Bring in an issued certificate” on the first screen.
request-next-issued = What to do next: on the first screen choose “Make the .p12 for { $title }” and install it in your mail program or server.
request-next-expired = What to do next: this certificate can no longer be used. On the first screen choose “Renew { $title }” to request a new one.
request-delete = Delete this request…
request-delete-confirm = Deleting this request also deletes its private key from the vault for good. It cannot be undone, and a certificate issued for this request will be unusable. Delete it?
request-delete-yes = Delete it and its private key for good
request-delete-no = Keep it
request-deleted = The request for { $title } ({ $date }) was deleted.
inspect-pick = Choose a file…
inspect-drop = Drop the file to check here, press “Choose a file…”, or type its location below.
pick-no-dialog = No file dialog can open on this desktop. Drop the file on the window or type its location below.
err-file-missing = { $path } was not found. Check the folder and the file name.
err-file-unreadable = { $path } could not be read. Check that you may open the file.
err-file-is-folder = { $path } is a folder. Choose a file inside it.
home-export-for = Make the .p12 for { $title } ({ $date })
home-renew-for = Renew { $title } ({ $date })
home-reminder-for = Add the expiry of { $title } ({ $date }) to your calendar (.ics)
home-fullchain-for = Save the certificate chain of { $title } ({ $date }) for Apache/nginx
home-server-key-for = Save the private key of { $title } ({ $date }) for Apache/nginx…
home-reissue-for = Reissue { $title } ({ $date })
nav-why-disabled = Fill in every field above correctly to go on
# The hand-off sheet: the CA guide's order and words
dcv-discouraged-open = discouraged since { $since } (server certificate rules: CA/Browser Forum ballot SC-090)
handoff-page-title = The order page, from the top:
handoff-start-direct = In CertCentral's left menu, "Request a certificate", choose Secure Mail ID.
handoff-start-voucher = Start from the URL printed on the voucher (not from "Request a certificate"). The product and validity are registered on the voucher; the order starts with them preset.
handoff-validity-voucher = Certificate validity: preset by the voucher; leave it.
handoff-org-duplicates = After the CSR is pasted, the organization may appear more than once. Then delete every organization with the trash icon and choose the right one again under "Add organization".
handoff-key-not-in-guide = Certificate key size: the CA's guide shows RSA keys only ("RSA 2048"; at least 2048 bits). This request's key is { $value }; the guide does not say whether an ECDSA CSR is accepted. For Secure Mail ID, making the request again with an RSA key is advised.
handoff-intermediate-not-in-guide = Intermediate chain: leave it as shown (the guide lists only the RSA intermediate)
handoff-additional-emails = Additional emails (optional): every address added gets the issuance email, so the CA strongly advises adding them after the order is complete (later, in the order's details under Certificates > Orders).
handoff-payment = Payment: choose "Charge my credit card" (charged at once) or "Invoice for bank transfer".
handoff-payment-voucher = Payment: not shown, as you order with a voucher.
handoff-submit = Click "Submit request" to complete the order.
handoff-after-title = Until issuance:
handoff-issuance = Once validated, the certificate is issued within five business days on average (some orders take longer).
handoff-issuance-mail = The issuance email goes automatically to the applicant and to the additional emails set in the order. Bring its .zip into Shomei with "Bring in an issued certificate".
handoff-download-link = If company security policy strips the attachment, download the certificate from the order in CertCentral. The CA advises changing Settings > Notifications > advanced settings, "Certificate download default", from "Attachment" to "Download link".
handoff-later-title = Later:
handoff-renew = Renewal: from { $days } days before the order expires, click "Renew now" under "Expiring certificates" in CertCentral's left menu.
handoff-renew-voucher = Renewal: with a voucher, order from the URL on the voucher (from { $days } days before the order expires).
handoff-revalidate = If the organization validation or the DCV has expired when you order the renewal, they are done again (this is separate from the certificate's expiry; see "Domain validation expiry" under Certificates > Domains).
handoff-reissue = Reissue: under Certificates > Orders choose the order number, then "Reissue certificate" from "Certificate actions". Once the reissued certificate is issued, the old one is revoked { $hours } hours later.
handoff-new-org-name = A new company or organization name cannot be set by a reissue: it needs a new order.
handoff-contact = Contact (DigiCert Japan): validation { $validation_mail }, phone { $phone } (automated guidance { $validation_guidance }) / technical support { $support_mail }, phone { $phone } (automated guidance { $support_guidance }). Hours: weekdays { $hours } (JST), except weekends, public holidays and the New Year holidays.
server-handoff-www-cybertrust = www option: use it ("{ $name }" is included; no extra cost; it cannot be chosen on a reissue, which keeps the setting of the new order or renewal)
server-handoff-www-other = "{ $name }" is ordered as a second host name (the CA guides describe a "www option" only for Cybertrust's products).
server-validity-title = Validity (as the reseller's FAQ states it):
server-validity-none = The CA's guide does not state the validity for an order placed directly on DigiCert CertCentral.
server-validity-from-issue = Contract { $months ->
    [12] 1 year
   *[other] { $months } months
}: issue date + { $days } days{ $last_second ->
    [yes] {" "}23 h 59 min 59 s
   *[no] {""}
}{ $remaining ->
    [yes] {" "}+ the days left on the certificate being renewed
   *[no] {""}
}{ $extra ->
    [yes] {" "}+ α (the CA may add days)
   *[no] {""}
}
server-validity-from-previous = Contract { $months ->
    [12] 1 year
   *[other] { $months } months
}: the previous certificate's expiry + { $add ->
    [12] 1 year
   *[other] { $add } months
}
server-validity-cap = However, a server certificate issued today may be valid for at most { $days } days (server certificate rules: CA/Browser Forum ballot SC-081; the FAQ's table predates it).
server-phone-check = If the CA confirms the order by phone, it calls the number registered with Teikoku Databank (COSMOSNET) or Tokyo Shoko Research (tsr-van2) (the call may be skipped; GMO GlobalSign's Quick SSL confirms by email instead).
server-renewal-reseller = Renewal: unless you cancel within the renewal period, the reseller renews automatically (notices 35 and 30 days before expiry). A renewal cannot change the product or the common name.
replacement-renewal-expired = The certificate has expired. A new private key and CSR are made for the order.
replacement-revalidate-if-lapsed = If the organization validation or the DCV has expired when you order, they must be done again (separate from the certificate's expiry; check under Certificates > Organizations and Domains in CertCentral).
replacement-server-renews-itself = When the reseller orders on your behalf, it renews automatically unless you cancel. The new private key and CSR made here are for registering in the renewal (the previous CSR is accepted, but a new one is recommended). The product and the common name cannot change.
reminder-description-server = The reseller renews automatically (unless cancelled). To register a new CSR, choose "Renew" next to { $title } in Shomei.
smime-purchase-question = Where did you buy it?
purchase-direct = Directly from DigiCert (order and pay on CertCentral)
purchase-voucher = From a reseller (you have a voucher)
smime-purchase-explain = With a voucher, the order starts from the URL printed on the voucher; the product and validity are preset and there is no payment step. The hand-off sheet follows this.
handoff-account = CertCentral account: to use Secure Mail ID, after opening the account, contact DigiCert support with the organization name and account number it was opened with (DigiCert must add the product to the account). Skip this if it is done.

## Certificates that break a rule (read for inspection, refused on import)
finding-breaks-rule = This certificate breaks a rule: { $rule }
err-import-breaks-rule = { $face ->
    [cli] The certificate in { $file } breaks a rule, so Shomei will not bring it in: { $rule } Ask the CA to issue it again; "shomei inspect" shows what else it says.
   *[window] The certificate in { $file } breaks a rule, so Shomei will not bring it in: { $rule } Ask the CA to issue it again; "Look inside a file" on the home screen shows what else it says.
}
inspect-time-unreadable = (unreadable)
quirk-time-generalized-before-2050 = a date before 2050 is written in the long form (GeneralizedTime) meant for 2050 and later.
quirk-time-without-seconds = a validity time has no seconds.
quirk-time-not-utc = a validity time is not in UTC (it carries an offset, or none).
quirk-time-fraction = a validity time has fractions of a second.
quirk-time-unreadable = a validity time cannot be read as a date.
quirk-san-not-ascii = a { $kind } name among the alternative names (SAN) is not plain ASCII text.
quirk-san-empty-entry = an entry among the alternative names (SAN) is empty.
quirk-san-control-byte = an alternative name (SAN) contains a NUL or control character (shown as \xNN).
quirk-unknown-attribute = the name has a field of a type Shomei does not know ({ $oid }); it is shown by that number.
quirk-serial-number-attribute = the serialNumber field of the name is not short plain text (a PrintableString of at most 64 characters).
quirk-name-empty-part = the subject or issuer name has an empty part.
quirk-name-unreadable = the subject or issuer name cannot be read in full; what can be read is shown.
quirk-critical-aia = the Authority Information Access extension (where the CA's certificate is) is marked critical.
quirk-critical-sia = the Subject Information Access extension is marked critical.
quirk-name-constraints-empty = the name constraints have an empty list of names.
quirk-name-constraints-min-max = the name constraints state a minimum or maximum, which must be left out.
quirk-path-len-negative = the basic constraints allow a negative number of CAs below this one.
quirk-path-len-without-ca = the basic constraints limit the CAs below this one, but it is not a CA.
quirk-notice-string-type = a certificate policy's notice text is not in UTF-8.
quirk-notice-too-long = a certificate policy's notice text is { $chars } characters long (at most 200 are allowed).
quirk-crldp-without-name = a CRL distribution point does not say where the revocation list is.
quirk-unique-identifiers = it carries issuer or subject unique identifiers, which CAs must not use.
quirk-extension-unreadable = an extension ({ $oid }) cannot be read.
quirk-rsa-parameters-missing = the RSA key lacks the NULL parameters its algorithm must carry; its SHA-256 is given as OpenSSL states it (with them).
quirk-key-encoding = the RSA key's numbers are not written the way the rules require (DER); its SHA-256 is given as OpenSSL states it (written correctly).
quirk-curve-mismatch = the public key does not fit the curve it names ({ $curve }), so no key size is shown.
quirk-serial-not-positive = the serial number is zero or negative.
quirk-not-strict-der = a part of it is not encoded the way the rules require (DER).

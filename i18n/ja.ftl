# 証明 (Shomei) — 日本語メッセージ。ここの id はすべて en.ftl にも必要です（テストで確認）。
# 用語は docs/glossary.md と認証局（CA）の画面表記に合わせています。

## 項目名
field-email = メールアドレス
field-org = 組織名
field-cn = コモンネーム（CN）
field-san = 追加のホスト名（SAN）
field-country = 国（C）
field-state = 都道府県（ST）
field-locality = 市区町村（L）
field-key = 鍵の種類
field-hash = 署名ハッシュ
field-profile = プロファイル
field-usage = 証明書の使用
field-extras = 追加の証明書使用目的

## 入力の拒否：「項目：何がいけないか — 代わりに何を入力するか」
err-field-prefix = { $field }：{ $problem }
problem-empty = 入力されていません。入力してください。
problem-too-long = 「{ $value }」は長すぎます（最大 { $max } 文字）。短くしてください。
problem-long-vowel = 「{ $value }」に「{ $char }」（長音記号または全角のダッシュ）が含まれています。半角のハイフン「-」に置き換えてください。
problem-wave-dash = 「{ $value }」に波ダッシュ「〜」が含まれています。半角のチルダ「~」に置き換えるか、削除してください。
problem-ideographic-stop = 「{ $value }」に句点「。」が含まれています。半角のドット「.」を使ってください。
problem-yen = 「{ $value }」に円記号「￥」が含まれています。ここでは使えないので削除してください。
problem-not-half-width = 「{ $value }」に半角英数字ではない文字「{ $char }」が含まれています。IMEをオフにして、半角の英数字で入力してください。
problem-bad-char = 「{ $value }」に使えない文字「{ $char }」が含まれています。半角の英字・数字・スペースと . , - だけを使ってください。
problem-space-edges = 「{ $value }」の先頭か末尾にスペースがあります。スペースを削除してください。
problem-only-punctuation = 「{ $value }」はドット・ハイフン・スペースだけです。正しい名称を入力してください。
problem-email-no-at = 「{ $value }」に「@」がありません。taro@example.co.jp のように、アドレス全体を入力してください。
problem-email-local = 「{ $value }」の「@」より前の部分が正しくありません。半角の英字・数字と . _ - + だけを使い、ドットを2つ続けないでください。
problem-email-domain = 「{ $value }」の「@」より後ろが正しいドメイン名ではありません。example.co.jp のように、つづりを確認してください。
problem-email-duplicate = 「{ $value }」が2回入力されています。各アドレスは1回だけ入力してください。
problem-host-syntax = 「{ $value }」は正しいホスト名ではありません。www.example.co.jp のように、英字・数字・ハイフン・ドットで入力してください。
problem-host-label-long = 「{ $value }」の区切りの一つが63文字を超えています。名前を確認してください。
problem-host-long = 「{ $value }」が253文字を超えています。名前を確認してください。
problem-host-ip = 「{ $value }」はIPアドレスです。公的な証明書には www.example.co.jp のような登録済みドメイン名が必要です。
problem-host-internal = 「{ $value }」の末尾「{ $suffix }」は公開ドメインではありません（内部名）。公的な認証局は www.example.co.jp のような登録済みドメイン名にしか発行しません。
problem-wildcard-position = 「{ $value }」の「*」は、*.example.co.jp のように一番左の部分全体にだけ使えます。
problem-wildcard-public-suffix = 「{ $value }」では公開サフィックス全体が対象になってしまいます。*.example.co.jp のように、自社ドメインの前にワイルドカードを付けてください。
problem-country = 「{ $value }」は2文字の国コードではありません。日本は JP と入力してください。
problem-key-too-weak = 「{ $value }」は弱すぎるため認証局に拒否されます。rsa2048（推奨）、rsa3072、rsa4096、p256、p384 から選んでください。
problem-key-unknown = 「{ $value }」はShomei（証明）で作成できる鍵の種類ではありません。rsa2048（推奨）、rsa3072、rsa4096、p256、p384 から選んでください。
problem-hash-unknown = 「{ $value }」は使える署名ハッシュではありません。sha256 か sha384 を選んでください。
problem-hash-not-for-key = { $key } の鍵は決まったハッシュで署名します。{ $hash } は組み合わせられません。ハッシュの指定を外すか、SHA-384 なら p384 を選んでください。
problem-profile-unknown = 「{ $value }」はプロファイルではありません。multipurpose（Shomei（証明）の既定）か strict（CertCentral の既定値）を選んでください。
problem-usage-unknown = 「{ $value }」は証明書の使用ではありません。sign-and-encrypt、sign-only、encrypt-only から選んでください。
problem-needs-multipurpose = { $extra }は Multipurpose プロファイルでのみ選べます。Multipurpose を選ぶか、{ $extra }を外してください。
problem-data-enc-needs-encryption = データの暗号化は暗号化のための使用目的ですが、この証明書は「Eメール署名のみ」です。「複数目的使用 - Eメールの署名と暗号化」を選ぶか、データの暗号化を外してください。
problem-nonrep-needs-signing = 否認防止は署名のための使用目的ですが、この証明書は「Eメール暗号化のみ」です。「複数目的使用 - Eメールの署名と暗号化」を選ぶか、否認防止を外してください。
problem-data-enc-needs-rsa = データの暗号化にはRSAの鍵が必要です。RSAの鍵を選ぶか、データの暗号化を外してください。

## 認証局の画面表記
profile-strict = Strict（CertCentral の既定値）
profile-multipurpose = Multipurpose
usage-sign-and-encrypt = 複数目的使用 - Eメールの署名と暗号化
usage-sign-only = Eメール署名のみ
usage-encrypt-only = Eメール暗号化のみ
extra-non-repudiation = 否認防止
extra-data-encryption = データの暗号化
extra-client-auth = 個人認証

## お知らせ
notice-normalized = { $field }：「{ $from }」を「{ $to }」として使います。
notice-discouraged-char = { $field }：「{ $char }」は使えますが、拒否する国内認証局もあります。認証局が確認した表記どおりか確かめてください。
notice-cn-from-org = メールアドレスが64文字を超えるため、CSRのコモンネーム（CN）には組織名を入れます。発行される証明書のCNは、どちらの場合も申請画面で選ぶ「組織」の組織名です。
notice-www-added = 「{ $name }」をホスト名に追加します（www あり・なしの両方）。

## 鍵とCSRのエラー
err-key-too-weak = 鍵の種類「{ $value }」は弱すぎるため認証局に拒否されます。rsa2048（推奨）、rsa3072、rsa4096、p256、p384 から選んでください。
err-key-unknown = 「{ $value }」はShomei（証明）で作成できる鍵の種類ではありません。rsa2048、rsa3072、rsa4096、p256、p384 から選んでください。
err-hash-unknown = 「{ $value }」は使える署名ハッシュではありません。sha256 か sha384 を選んでください。
err-key-cancelled = 秘密鍵の生成を中止しました。何も保存していません。
err-key-generation = 秘密鍵を生成できませんでした。もう一度お試しください。
err-key-decode = 秘密鍵を読み込めませんでした。保管庫のファイルが壊れている可能性があります。
err-key-sign = 秘密鍵での署名に失敗しました。もう一度お試しください。
err-csr-key-mismatch = 秘密鍵が申請の鍵の種類と一致しません。申請を最初からやり直してください。
err-csr-build = CSRを作成できませんでした（{ $detail }）。入力した値を確認してください。

## 保管庫のエラー
err-vault-no-dir = { $face ->
    [cli] Shomei（証明）のデータを置くフォルダーが見つかりません。書き込めるフォルダーを環境変数 SHOMEI_DATA_DIR に設定してください。
   *[window] Shomei（証明）のデータを置くフォルダーが見つかりません。IT担当者に連絡してください。
}
err-vault-io = 保管庫（{ $path }）を使えませんでした：{ $detail }。フォルダーがあり、書き込めることを確認してください。
err-vault-keyring-unavailable = 保管庫のマスターキーはOSのキーリングにありますが、今は接続できません（{ $detail }）。デスクトップにログインする（またはキーリングを起動する）と、もう一度お試しください。秘密鍵は安全で、何も変更していません。
err-vault-keyring-locked = OSのキーリングがロックされています（{ $detail }）。ロックを解除して、もう一度お試しください。秘密鍵は安全で、何も変更していません。
err-vault-keyring-missing = OSのキーリングにこの保管庫のマスターキーがないため、保管庫の秘密鍵を開けません。保管庫を作成したキーリング（またはユーザーアカウント）を復元してください。新しい保管庫は作成していないので、何も上書きしていません。
err-vault-need-passphrase = { $face ->
    [cli] このパソコンにはOSのキーリングがないため、保管庫にはパスフレーズが必要です。端末で実行して入力するか、環境変数 SHOMEI_VAULT_PASSPHRASE を設定してください。
   *[window] このパソコンにはOSのキーリングがないため、保管庫をパスフレーズで守ります。パスフレーズを入力してください。
}
err-vault-wrong-passphrase = 保管庫のパスフレーズが違います。もう一度入力してください（大文字・小文字を区別します。Caps Lock と IME がオフか確認してください）。
err-vault-passphrase-short = 保管庫のパスフレーズが短すぎます。{ $min } 文字以上にしてください。
err-vault-passphrase-mismatch = 2回入力したパスフレーズが一致しません。同じパスフレーズを2回入力してください。
err-vault-damaged = { $path } は壊れているため、そのままにしてあります。バックアップから戻すか、社内のIT担当にご相談ください。
err-vault-too-new = { $path } は、より新しいバージョンのShomei（証明）で作成されています。Shomei（証明）アプリを新しいバージョンにしてから開いてください。
err-vault-not-found = { $face ->
    [cli] 保管庫に申請「{ $id }」はありません。「shomei list」で申請の一覧を確認してください。
   *[window] 保管庫に申請「{ $id }」はありません。ホーム画面の「あなたの申請」で確認してください。
}
err-vault-none = { $face ->
    [cli] { $dir } にはまだ保管庫がありません（ここでは申請をまだ作っていません）。先に「shomei request smime」または「shomei request server」で申請を作ってください。
   *[window] { $dir } にはまだ保管庫がありません（ここでは申請をまだ作っていません）。先にホーム画面の「メール用証明書の新規申請」または「サーバー証明書（SSL/TLS）の新規申請」から申請を作ってください。
}
## ファイルのエラー
err-write = { $path } に保存できませんでした：{ $detail }。別の保存先を選んでください。何も保存していません。
err-out-missing = CSRの保存先を指定してください。--out FILE を付けてください（例：--out request.csr）。
err-out-is-dir = { $path } はフォルダーです。{ $path }/request.csr のように、その中のファイル名を指定してください。
err-out-folder-missing = フォルダー { $path } がありません。先に作成するか、別の保存先を選んでください。
err-inspect-unrecognized = このファイルは、Shomei（証明）が扱えるCSR・証明書・PKCS#12ファイルではありません。選んだファイルが正しいか確認してください。
err-inspect-truncated-pem = ファイルの文字列が途中で切れています（END の行がないか壊れています）。BEGIN から END までを全部コピーし直してください。
err-inspect-bad-csr = このファイルのCSRは壊れています。CSRを作り直すか、送ってきた人に確認してください。

## 所見
finding-signature-invalid = 署名が内容と一致しません。ファイルが変更されたか、壊れています。
finding-signature-unsupported = Shomei（証明）では確認できない署名アルゴリズムです。
finding-key-too-small = 鍵（{ $bits } ビット）が小さすぎるため、認証局に拒否されます。
finding-weak-hash = 署名に SHA-1 が使われており、認証局に拒否されます。
finding-cn-not-in-san = コモンネームがホスト名（SAN）に含まれていません。認証局はSANへの記載を求めます。
finding-has-ou = 部署名（OU）が含まれています。公的な認証局では使えなくなりました。
finding-has-email-attr = サブジェクトに emailAddress が含まれています。サーバー証明書には入れられません。
finding-has-challenge-password = チャレンジパスワード属性が含まれています。多くの認証局で拒否されます。
finding-no-san = メールアドレスもホスト名（SAN）も含まれていません。

## コマンドライン
cli-error = エラー：{ $message }
cli-notice = お知らせ：{ $message }
cli-vault-new-passphrase = 新しい保管庫のパスフレーズを決めてください（10文字以上）：
cli-vault-passphrase = 保管庫のパスフレーズ：
cli-vault-repeat-passphrase = もう一度パスフレーズを入力してください：
cli-vault-no-keyring = OSのキーリングが使えないため、保管庫をパスフレーズで保護します。
cli-generating = 秘密鍵（{ $key }）を生成しています。数秒かかることがあります…
cli-keygen-progress = 見つかった素数：2 個中 { $found } 個（試した候補：{ $candidates }）
cli-request-done = 秘密鍵を暗号化して保管庫に保存し、{ $title } のCSRを { $path } に保存しました。CSRを販売代理店に渡すか、認証局の申請画面に貼り付けてください。
cli-list-empty = 申請はまだありません。
status-pending = 発行待ち
status-issued = 発行済み
kind-smime = S/MIME
kind-server = サーバー

## 内容の確認（inspect）
inspect-kind = 種類：{ $value }
inspect-kind-smime-csr = S/MIME（メール用）証明書のCSR（証明書署名要求）
inspect-kind-server-csr = サーバー証明書（SSL/TLS）のCSR（証明書署名要求）
inspect-kind-csr = CSR（証明書署名要求）
inspect-subject = サブジェクト：{ $value }
inspect-emails = メールアドレス：{ $value }
inspect-dns-names = ホスト名：{ $value }
inspect-key = 公開鍵：{ $value }
inspect-signature = 署名：{ $value }
inspect-signature-ok = { $alg }（正しい署名）
inspect-signature-bad = { $alg }（署名が正しくありません）
inspect-key-usage = 鍵の用途：{ $value }
inspect-eku = 拡張鍵用途（この証明書を何に使えるか）：{ $value }
inspect-findings = 所見：{ $value }
inspect-no-findings = なし
inspect-finding = 所見：{ $value }

## 証明書パスワード（認証局の規則）
pw-rule-min-length = 12文字以上
pw-rule-max-length = 72文字以下
pw-rule-three-classes = 英小文字・英大文字・数字・記号のうち3種類以上
pw-rule-ascii = 半角の英数字と記号のみ（IMEをオフにしてください）
pw-rule-edge-space = 先頭と末尾にスペースを入れない
pw-rule-not-guessable = よく使われるパスワードや、メールアドレス・ドメイン・会社名を含まない
pw-strength-0 = 強度：弱い
pw-strength-1 = 強度：やや弱い
pw-strength-2 = 強度：普通
pw-strength-3 = 強度：強い
pw-strength-4 = 強度：とても強い
err-password-rejected = 証明書パスワードが規則を満たしていません：{ $rule }。別のパスワードにするか、自動生成を使ってください。
err-password-full-width = 証明書パスワードに全角文字が含まれています。IMEをオフにして、半角で入力してください。（{ $rule }）
err-password-missing = { $face ->
    [cli] 証明書パスワードが必要です。--password-file FILE を使うか、環境変数 SHOMEI_P12_PASSWORD を設定するか、端末で実行して入力してください。何も保存していません。
   *[window] 証明書パスワードを入力してください。何も保存していません。
}
err-password-mismatch = 2回入力したパスワードが一致しません。同じパスワードを2回入力してください。何も保存していません。
err-platform-unknown = 「{ $value }」は選べるインストール先ではありません。windows、mac、thunderbird、unsure のどれかを指定してください（unsure では新しいPC用と古いPC用の2つのファイルを作ります）。
err-preset-unknown = 「{ $value }」はプリセットではありません。modern（Windows 10/11、macOS 15以降、Thunderbird）か compatible（古いPC）を選んでください。

## 証明書の取り込み
err-import-too-large = { $file } は証明書ファイルとしては大きすぎます（{ $max_mb } MB 超）。認証局から届いたファイル（.zip、.p7b、.crt、.cer、.pem）を選んでください。
err-import-empty = { $file } は空です。認証局から届いたファイルを選んでください。
err-import-unrecognized = { $file } はShomei（証明）が読める証明書ファイルではありません。認証局から届いた .zip、.p7b、.crt、.cer、.pem ファイルを選んでください。
err-import-truncated-pem = { $file } の文字列が途中で切れています（BEGIN の行に対応する END の行がありません）。BEGIN から END までを全部、保存またはコピーし直してください。
err-import-is-csr = { $file } はCSR（申請の内容）で、発行された証明書ではありません。認証局から返ってきたファイルを選んでください。
err-import-is-key = { $file } には秘密鍵が含まれています。Shomei（証明）は鍵を取り込みません。認証局から届いた証明書ファイルを選び、この鍵ファイルは安全に保管するか削除してください。
err-import-is-p12 = { $face ->
    [cli] { $file } はすでにPKCS#12ファイル（.p12/.pfx）です。ダブルクリックしてインストールするか、「shomei inspect」で中身を確認してください。
   *[window] { $file } はすでにPKCS#12ファイル（.p12/.pfx）です。ダブルクリックしてインストールするか、ホーム画面の「ファイルの中身を確認する」で中身を確認してください。
}
err-import-bad-cert = { $file } の証明書が壊れています。認証局からもう一度ダウンロードしてください。
err-import-bad-p7 = PKCS#7ファイル { $file } が壊れています。認証局からもう一度ダウンロードしてください。
err-import-bad-zip = zipファイル { $file } が壊れています。認証局のメールからもう一度ダウンロードしてください。
err-import-zip-encrypted = zipファイル { $file } はパスワードで保護されています。届いたパスワードで展開してから、中の .crt ファイルを選んでください。
err-import-zip-bomb = zipファイル { $file } は展開すると証明書ファイルとしてはありえない大きさになるため、開きませんでした。送り主を確認してください。
err-import-no-certs = 選んだファイルに証明書が見つかりませんでした。認証局から届いたファイルを選んでください。
err-import-bad-signature = 証明書「{ $subject }」は、記載された「{ $issuer }」の署名になっていません。ファイルが壊れているか取り違えている可能性があります。認証局からもう一度ダウンロードしてください。
err-import-only-ca = このファイルには認証局の証明書（{ $subjects }）しかなく、あなたの証明書が含まれていません。認証局のメールから、メールアドレスやホスト名の名前が付いたファイルを探してください。
err-import-foreign = 証明書「{ $subject }」の秘密鍵は、この保管庫にありません（Shomei（証明）で作った申請の証明書ではないか、別のパソコンで作った申請の証明書です）。選んだファイルが正しいか確認してください。保管庫は変更していません。
err-import-expired = 証明書「{ $subject }」は { $date } に有効期限が切れています。更新申請をしてください。保管庫は変更していません。
import-found-leaf = { $title } のあなたの証明書（有効期限 { $until }、申請 { $id }）。
import-found-intermediate = 中間CA証明書：{ $name }。
import-found-root = ルート証明書：{ $name }。
import-not-yet-valid = この証明書は { $date } から有効になります。PCの時計を確認し、正しければその日までお待ちください。
import-expires-soon = この証明書はあと { $days } 日で有効期限が切れます。今のうちに更新申請の準備をしてください。
import-names-differ = 証明書の名前（{ $issued }）が申請（{ $requested }）と異なります。注文どおりか認証局に確認してください。
import-ku-differs = 証明書の鍵の用途が、選んだ内容と異なります。証明書：{ $issued }／選んだ内容：{ $expected }。認証局の申請画面で選んだ「証明書の使用」を確認し、違っていれば再発行を依頼してください。
import-eku-differs = 証明書の拡張鍵用途（この証明書を何に使えるか）が、選んだ内容と異なります。証明書：{ $issued }／選んだ内容：{ $expected }。メールに使えない可能性があります。認証局の申請画面で選んだオプションを確認し、違っていれば再発行を依頼してください。
import-intermediate-missing = 中間CA証明書がありません。認証局の DigiCertCA.crt（または .p7b）も追加してください。Thunderbird でメールに署名するのに必要です。

## 書き出し
err-p12-build = PKCS#12ファイルを作成できませんでした（{ $detail }）。何も保存していません。
err-p12-verify = 保存したPKCS#12ファイルを正しく読み戻せなかった（{ $detail }）ため、削除しました。もう一度お試しください。
err-p12-password = パスワードが違うか、PKCS#12ファイルが壊れています。
err-export-not-issued = { $face ->
    [cli] 申請 { $id } にはまだ証明書がありません。先に認証局のファイルを取り込んでください（「shomei import FILE」）。
   *[window] 申請 { $id } にはまだ証明書がありません。先にホーム画面の「発行された証明書を取り込む」で、認証局から届いたファイルを取り込んでください。
}
err-export-key-mismatch = 保存されている証明書は、この申請の秘密鍵のものではありません。正しい証明書をもう一度取り込んでください。
cli-p12-password = .p12ファイルの証明書パスワード：
cli-p12-password-again = もう一度、証明書パスワードを入力してください：
cli-export-done = { $path }（{ $preset }）を「{ $name }」として保存しました。ダブルクリックしてインストールしてください。パスワードはファイルとは別の経路（例えば電話。同じメールには書かない）で伝えてください。

## 内容の確認（証明書とPKCS#12）
finding-expired = 有効期限が切れています。
finding-not-yet-valid = まだ有効になっていません。
inspect-kind-certs = 証明書 { $count } 件
inspect-kind-p12 = 秘密鍵を含むPKCS#12ファイル（.p12 / .pfx）
inspect-friendly-name = インストール時に表示される名前：{ $value }
inspect-p12-key = 秘密鍵：{ $value }
inspect-p12-key-match = 秘密鍵と証明書の対応：{ $value }
inspect-yes = 一致
inspect-no = 不一致
inspect-p12-protection = 保護：{ $value }
inspect-cert = 証明書 — { $value }
inspect-issuer = 発行者：{ $value }
inspect-validity = 有効期間：{ $value }
role-leaf = あなたの証明書
role-intermediate = 中間CA証明書
role-root = ルート証明書
err-import-zip-unsafe-name = zipファイル { $file } に、アーカイブの外を指す名前「{ $entry }」の項目があります。認証局がこのような名前を送ることはないため、開きませんでした。送り主を確認してください。
err-p12-too-many-iterations = この .p12 ファイルは開くのに不自然なほど大きな処理（どのプラットフォームも書かない回数の鍵導出）を求めるため、開きませんでした。送り主を確認してください。

## ウィンドウ
app-title = Shomei（証明） — 証明書アシスタント
err-window = { $face ->
    [cli] ウィンドウを開けませんでした（{ $detail }）。コマンドラインは使えます：「shomei --help」を実行してください。
   *[window] ウィンドウを開けませんでした（{ $detail }）。IT担当者に連絡してください。
}
err-internal = Shomei（証明）の内部で問題が起きました。何も保存していません。もう一度お試しください。
lang-ja = 日本語
lang-en = English
banner-dismiss = 閉じる
vault-opening = 保管庫を開いています…
nav-back = 戻る
nav-next = 次へ
nav-done = 完了
nav-home = 最初に戻る

## ホーム
home-title = 何をしますか？
home-intro = Shomei（証明）は、証明書に必要な秘密鍵とCSRを作り、認証局から証明書が届くまで秘密鍵を安全に保管し、最後にダブルクリックでインストールできるファイルを作ります。
home-new-smime = メール用証明書の新規申請（S/MIME、セキュアメールID）
home-import = 発行された証明書を取り込む
home-requests = あなたの申請
home-no-requests = 申請はまだありません。
home-status-issued = 発行済み、残り { $days } 日
home-status-expiring = あと { $days } 日で有効期限切れ — 更新してください
home-status-expired = 有効期限切れ

## 保管庫のパスフレーズ
unlock-title = 保管庫を開く
unlock-explain = 秘密鍵はこのパスフレーズで暗号化して保管しています。
unlock-create-title = 保管庫をパスフレーズで保護する
unlock-create-explain = このコンピューターにはOSのキーリングがないため、秘密鍵をパスフレーズで暗号化して保管します。忘れないパスフレーズを決めてください。忘れると秘密鍵を開けません。
unlock-passphrase = 保管庫のパスフレーズ
unlock-again = もう一度パスフレーズを入力
unlock-differ = 2回入力したパスフレーズが一致しません。
unlock-submit = 開く

## メール用証明書の新規申請
smime-details-title = ステップ 1/4：メールアドレスと組織名
smime-details-explain = 認証局の申請画面と同じ内容を入力してください。全角で入力しても変換し、実際に使う値を下に表示します。
smime-details-email-hint = メールアドレスは1行に1つ。発行される証明書のコモンネーム（CN）には、申請画面で「組織」を選ぶので組織名が入ります。
smime-details-org-hint = 例：テスト株式会社（認証局が確認した表記）
smime-profile-title = ステップ 2/4：プロファイルと証明書の使用
smime-profile-legacy = 2025年8月より前の製品と同じにする
smime-profile-legacy-explain = 認証局のガイドのとおり、Multipurpose と個人認証を選びます。
profile-strict-explain = CertCentral の申請画面の既定値です（Shomei（証明）では Multipurpose を選んだ状態から始めます）。メールの署名と暗号化だけに使い、追加の証明書使用目的は付けられません。
profile-multipurpose-explain = 否認防止・データの暗号化・個人認証を追加できます。どちらを選ぶか迷ったら、認証局のガイドのとおり Multipurpose を選んでください。
usage-sign-and-encrypt-explain = メールに署名し、暗号化メールも受け取れます。迷ったらこちら。
usage-sign-only-explain = メールへの署名だけに使います。
usage-encrypt-only-explain = 暗号化メールの受け取りだけに使います。
extra-non-repudiation-explain = データが改ざんされていないことを証明し、データの正当性を証明します（認証局の説明）。Multipurpose のみ。
extra-data-encryption-explain = データの機密性を保ち、不正アクセスや情報漏洩から保護します（認証局の説明）。Multipurpose、RSAの鍵のみ。
extra-client-auth-explain = 間違いなく本人であることを確認・証明する機能です。この製品では、S/MIME証明書で組織を認証し、メールがその組織から送られたことを証明します（認証局の説明）。Multipurpose のみ。
key-title = ステップ 3/4：鍵の種類
key-explain = RSA 2048 は認証局のガイドが前提とする鍵で、どのメールソフトも暗号化に対応しています。大きい鍵は遅く、通常は不要です。
key-rsa2048 = RSA 2048（推奨）
key-ec-warning = デジサート CertCentral の Secure Mail ID のガイドには RSA の鍵しか載っていません（ECDSA のCSRを受け付けるかは書かれていません）。社内のIT担当の指示がなければ RSA を選んでください。
key-generate = 秘密鍵とCSRを作る
generating-title = ステップ 4/4：秘密鍵を作っています
generating-explain = 数秒かかります。CSRを表示する前に、秘密鍵を暗号化して保管庫に保存します。
generating-cancel = 中止
csr-title = CSRができました
csr-key-safe = { $title } の秘密鍵は暗号化して保管庫に保存しました。下のCSRを渡してください。
csr-copy = CSRをコピー
csr-copied = CSRをクリップボードにコピーしました。認証局の申請画面に貼り付けてください。
csr-save = CSRをファイルに保存
csr-save-handoff = 申請メモを保存
csr-text = CSR（証明書署名要求）
csr-next-smime = 認証局から証明書がメールで届いたら（セキュアメールIDは平均5営業日以内に発行されます）、Shomei（証明）を開いて「発行された証明書を取り込む」を選んでください。
csr-next-server = 認証局の審査（ドメイン名利用権の確認など）が終わると証明書が届きます。日数は認証局と品目によって異なります。届いたら、Shomei（証明）を開いて「発行された証明書を取り込む」を選んでください。
handoff-title = 申請メモ：デジサート CertCentral の Secure Mail ID（認証局のガイドの順に）
handoff-emails = Eメールアドレス：{ $value } を1つずつ入力し、そのたびに「追加する」で確定します（自組織で所有・管理しているドメインのアドレスだけ）。
handoff-org = 組織：アイコンをクリックし、「組織を追加する」で「{ $value }」を選んで「追加する」をクリックします（S/MIME用の組織認証が済んだ組織）。
handoff-profile = プロファイルオプション：{ $value }
handoff-key-size = 証明書キーサイズ：CSRを貼り付けると、この欄は表示されません（鍵 { $value } はCSRに入っています）。
handoff-usage = 証明書の使用：{ $value }
handoff-extras = 追加の証明書使用目的（チェックを入れるもの）：{ $value }
handoff-hash = 署名ハッシュ：{ $value }
handoff-intermediate = 中間チェーン：表示されたまま変更しません（{ $value }）
handoff-none = なし（どれにもチェックを入れません）
handoff-csr = CSR：下の文字列を BEGIN から END まで、CSR欄に貼り付けてください。

## 取り込み
import-title = 発行された証明書を取り込む
import-explain = 認証局から届いたメールそのもの（.eml、Outlook の .msg）か、添付の .zip（または .p7b、.crt、.cer、.pem ファイル）を、このウィンドウにドロップするか、選ぶか、パスを入力してください。
import-drop = 認証局のメールやファイルをここにドロップ
import-pick = ファイルを選ぶ…
import-path = ファイルのパス
import-path-explain = 複数のファイルは「;」で区切ってください。
import-open = 開く
import-no-dialog = ファイルが選ばれませんでした。ダイアログが表示されなかった場合は、ファイルをウィンドウにドロップするか、パスを入力してください。
import-running = 認証局のファイルを読み込んでいます…
import-done-title = 認証局から届いた内容
import-done-export = インストール用の .p12 を作る

## 書き出し
p12-password-title = 証明書パスワードを決める
p12-password-explain = .p12 ファイルはこのパスワードで保護されます。インストールするときに必要です。必ず忘れないようにしてください。
p12-password = 証明書パスワード
p12-password-again = もう一度、証明書パスワードを入力
p12-show = パスワードを表示する
p12-ime-hint = 全角文字が入力されています。IMEをオフにして、半角でパスワードを入力してください。
p12-generate = パスワードを自動生成
p12-copy = パスワードをコピー
p12-separate-route = パスワードはファイルとは別の経路で伝えてください（例えば電話。同じメールには絶対に書かない）。
platform-title = どこにインストールしますか？
platform-windows = Windows 10 / 11
platform-windows-explain = ファイルをダブルクリックし、証明書のインポートウィザードに従います。
platform-mac = Mac（macOS 15 以降）
platform-mac-explain = ファイルをダブルクリックして、キーチェーンアクセスに追加します。
platform-thunderbird = Thunderbird
platform-thunderbird-explain = Thunderbird の証明書マネージャーでインポートします。
platform-unsure = 古いPC、またはわからない
platform-unsure-explain = 2つのファイルを保存します。現在のシステム用と、古い Windows・macOS 用の「-compatible」付きのファイルです。
platform-save = .p12 ファイルを保存…
export-running = .p12 ファイルを書き出して確認しています…
export-done-title = .p12 ファイルができました
export-done-file = 保存先：{ $path }
export-done-install = インストールの方法
install-windows = .p12 ファイルをダブルクリックし、「現在のユーザー」を選び、証明書パスワードを入力します。証明書ストアは「証明書の種類に基づいて、自動的に証明書ストアを選択する」のまま進めてください。Outlook で署名と暗号化に使えるようになります。
install-mac = .p12 ファイルをダブルクリックし、証明書パスワードを入力して「ログイン」キーチェーンに追加してください。Apple Mail が自動的に使います。
install-thunderbird = Thunderbird で：設定 → プライバシーとセキュリティ → 証明書 → 証明書を管理 → あなたの証明書 → インポート で .p12 ファイルを選び、証明書パスワードを入力します。その後、アカウント設定 → エンドツーエンド暗号化 で選んでください。
install-unsure = まず通常のファイルをダブルクリックしてください。PCが受け付けない場合は、同じパスワードで「-compatible.p12」で終わるファイルを使ってください。

## 有効期限のリマインダー
reminder-calendar = 証明書の有効期限：{ $title }
reminder-before = { $title } の証明書の有効期限まであと { $days } 日
reminder-expiry = { $title } の証明書は今日で有効期限が切れます
reminder-description = Shomei（証明）で更新してください：{ $title } の「更新」を選びます。更新では新しい秘密鍵を作ります。
## サーバー証明書
home-new-server = サーバー証明書（SSL/TLS）の新規申請
home-inspect = ファイルの中身を確認する
reminder-on-start = まもなく有効期限が切れます（残り日数）：{ $names }。今のうちに更新申請を始めてください。
server-details-title = サーバー証明書 ステップ 1/3：ホスト名
server-details-explain = ブラウザーに入力するとおりのホスト名（コモンネーム）を入力してください。日本語ドメイン名は、証明書に必要な xn-- の形に変換します。
server-idn = { $unicode } は証明書に { $ascii } として記載されます。
server-www = 「www.」あり・なしの両方をホスト名（SAN）に入れる
server-www-explain = www.example.co.jp なら example.co.jp も追加します（逆も同じ）。サイバートラストではこれが「wwwオプション」（追加費用なし。再発行のときは選べません）です。ほかの認証局のガイドには「wwwオプション」の説明がなく、2つ目のホスト名として申請することになります。
server-san-list = 証明書に入るホスト名（SAN）の最終リスト：
server-san-empty = ホスト名を入力すると一覧が表示されます。
server-subject-title = サーバー証明書 ステップ 2/3：組織情報
server-subject-explain = 国内の認証局は半角英字（ローマ字）のみを求めます。部署名（OU）の欄はありません。認証局が受け付けなくなりました。
server-hint-state = 例：Tokyo
server-hint-locality = 例：Chiyoda-ku
server-hint-org = 例：Example Co., Ltd.（認証局が確認した表記のとおり）
server-key-title = サーバー証明書 ステップ 3/3：鍵の種類
server-key-explain = RSA 2048 はどのサーバーとクライアントでも使えます。ECDSA P-256 は小さく高速で、サーバーソフトが対応していれば選べます。
server-handoff-title = 申請メモ：サーバー証明書の申請で入力するもの（販売代理店の申請画面、または CertCentral）
server-handoff-cn = コモンネーム：{ $value }
server-handoff-sans = ホスト名（SAN）：{ $value }
server-handoff-subject = 組織情報：{ $value }
dcv-title = { $name } のドメイン名利用権の確認（DCV）：
dcv-dns-txt = DNS TXT認証（DNS TXT Record）
dcv-dns-cname = DNS CNAME認証（DNS CNAME Record）
dcv-http-file = ファイル認証（HTTP Practical Demonstration）
dcv-constructed-email = メール認証：「規定ホスト名@ドメイン名」あての申請承認メール（DCVメール）
dcv-contact-email = メール認証：DNS の TXT レコードに登録したアドレスあての申請承認メール（DCVメール）
dcv-whois = メール認証：WHOIS の連絡先あての申請承認メール（DCVメール）
dcv-current = 利用できます
dcv-discouraged = { $since }から非推奨、{ $banned }から禁止（サーバー証明書の業界基準。CA/Browser Forum の決定 SC-090）
dcv-banned = { $since }から禁止：使えません
dcv-not-for-name = ワイルドカード（*.）の名前には使えません（サーバー証明書の業界基準 Baseline Requirements 3.2.2.4.18）
server-key-export-title = { $title } の秘密鍵
server-key-warning = 注意：秘密鍵をファイルに書き出します。このファイルとパスフレーズがあれば、誰でもあなたのサーバーになりすませます。サーバーにだけコピーし、このPCからは削除してください。下のパスフレーズで暗号化（PKCS#8）して保存します。
server-key-understood = 理解しました。秘密鍵を暗号化して保存します
server-key-passphrase = 秘密鍵のパスフレーズ
server-key-passphrase-again = もう一度、秘密鍵のパスフレーズを入力
server-key-explain-usage = nginx は ssl_password_file、Apache は SSLPassPhraseDialog を使います。方針が許せば、サーバー上で「openssl pkey -in key.pem -out ...」で復号できます。
server-key-save = 暗号化した秘密鍵を保存…
inspect-title = ファイルの中身を確認する
inspect-explain = CSR、証明書、認証局の zip や .p7b、.p12 ファイル（パスワードを入力）の内容を、わかりやすい言葉と注意点で表示します。
inspect-p12-password = パスワード（.p12 ファイルの場合のみ）
inspect-open = 確認する

## 一括申請
err-batch-unreadable = CSVファイルを読み込めませんでした。Excel で「CSV UTF-8」または「CSV」形式で保存し直してください。
err-batch-missing-column = CSVに「{ $column }」列がありません。1行目に列名（email、organization、必要なら profile、usage、key）を書いてください。
err-batch-row = { $line } 行目：{ $message }
err-batch-bad-row = { $line } 行目はCSVの行として正しくありません。引用符とカンマを確認してください。
err-batch-incomplete = { $failed } 行は申請していません（上の行を参照）。修正して、その行だけでもう一度実行してください。
cli-batch-progress = 申請：{ $total } 件中 { $done } 件
cli-batch-summary = { $dir } にCSRを { $done } 件保存しました。{ $failed } 行は拒否しました。
handoff-step-csr = CSRを追加：「CSR を持っています」を選び、このメモの下にあるCSRを貼り付けます。「ブラウザから CSR を生成する」を選ぶと、証明書の発行後にあなたのブラウザーの中で秘密鍵が作られ（PKCS#12ファイルになります）、Shomei（証明）に保管した秘密鍵は使われません。
handoff-validity = 証明書の有効期限：1年・2年・カスタム から選びます。これにより価格が決まります。
handoff-auto-renew = 自動更新（有効期限日の30日前にオーダーを自動更新する）：どちらでも構いません。更新のときも、Shomei（証明）で新しい秘密鍵とCSRを作ってください。
handoff-cn = コモンネーム：必ず「組織」を選びます。証明書のコモンネームには組織名「{ $value }」が入ります（CSRの内容と違っても、申請画面の入力が優先されます）。
handoff-before-title = 申請の前に（事前認証）：
handoff-org-validation = 組織認証：CertCentral の［証明書］＞［組織］で「{ $org }」の認証に「SMIME」と表示されていれば済んでいます。なければ組織を開き、「SMIME - SMIME Organization Validation」にチェックを入れて「認証を申請」をクリックし、必ずデジサートの認証サポートに連絡します（送信先：{ $mail }　件名：組織認証依頼（組織ID：XXXXXXXX）　本文：以下組織の認証を依頼します。アカウント番号と組織IDを書きます）。組織の認証が終了するまでは証明書は発行されません。
dcv-smime-title = メールアドレスのドメイン「{ $name }」のドメイン利用権の確認（DCV）：CertCentral の［証明書］＞［ドメイン］で、申請の前に済ませておくことが推奨されています。Secure Mail ID の申請画面には DCV を選ぶ箇所がなく、自動的にメール認証（Verification Email）として処理され、英文のメールが送られるためです。申請承認メールを選ぶときは、DCVメールの言語に「Japanese」を指定します。［ドメイン］で選べる方法：
dcv-soa-rname = メール認証：DNS の SOA レコードのアドレス（RNAME）あての申請承認メール（DCVメール）
dcv-place-txt-random = DNS（ドメイン名の設定。ドメインの管理者かDNSサービスの画面で登録します）に TXT レコード（文字を書いておく欄）を登録します。名前：{ $name }　値：認証局の画面に表示されるランダムな値（認証トークン）
dcv-place-cname-random = DNS に CNAME レコード（別名）を登録します。名前：（認証局の画面に表示されるランダムな値）.{ $domain }　値：{ $target }
dcv-place-file = ウェブサーバーのこの場所にファイルを置きます：{ $url }（中身は認証局の画面に表示されるランダムな値）
dcv-place-mailboxes = メールの宛先：{ $addresses }
dcv-place-contact-txt = 先に DNS に TXT レコードを登録します。名前：{ $name }　値：申請承認メール（DCVメール）を受け取るメールアドレス
dcv-place-soa = { $zone } の SOA レコードの RNAME のアドレス（最初の「.」を「@」と読みます。DNS サービス事業者のアドレスのこともあるので、確認してください）
dcv-place-whois = { $domain } の WHOIS に登録された連絡先のアドレス
dcv-check-dns = 済んだかどうか：登録が反映されるまで時間がかかることがあります。認証局の画面の認証ステータスが「認証済み」になれば完了です。
dcv-check-file = 済んだかどうか：ブラウザーでこのアドレスを開いてランダムな値が表示されることを確かめます。認証局の画面の認証ステータスが「認証済み」になれば完了です。
dcv-check-mail = 済んだかどうか：届いた申請承認メール（DCVメール。英語のことがあります）のリンクを開いて承認すれば完了です。
ca-digicert-reseller = デジサート（販売代理店の申請代行）
ca-globalsign = GMOグローバルサイン（販売代理店経由）
ca-cybertrust = サイバートラスト（販売代理店経由）
ca-certcentral = デジサート CertCentral（直接申請）
dcv-ca-digicert-reseller = 販売代理店の申請代行でデジサートに申し込む場合、申請承認メール（DCVメール）は下の宛先すべてに送られ、これ以外のアドレスは指定できません。どれか1通に記載されたワンタイムURLから承認してください。（この説明は IIJ サーバ証明書管理サービスの FAQ によります。ほかの販売代理店では異なることがあります。）
dcv-ca-globalsign = GMOグローバルサインでは、申請情報の登録のときに「承認メールアドレス」を下から1つ選びます。そのアドレスに届くメールで承認します。
dcv-ca-cybertrust = サイバートラストでは、WHOIS の連絡先あてに申請承認メール（DCVメール）が送られます。WHOIS の連絡先は2025年7月15日以降使えなくなる予定のため、DNS の TXT レコードにアドレスを登録しておくことが推奨されています。対応がないまま一定期間たつと、販売代理店からほかの方法の案内があります。
dcv-ca-certcentral = デジサート CertCentral では、［証明書］＞［ドメイン］で方法を選んで「認証を申請」します。
server-handoff-key = 鍵の種類：{ $value }（CSRに入っています）
server-handoff-ca = 認証局（品目）：{ $value }
csr-ca = 申し込む認証局（品目）：ドメイン名利用権の確認の方法が変わります
profile-guide-differs = 認証局のガイドの表では Strict に「個人認証」が載っていますが、S/MIME証明書の業界基準（S/MIME Baseline Requirements）では Strict の証明書に個人認証（クライアント認証）を入れられません。また「否認防止」はガイドの表で Multipurpose にだけ載っています。そのため Shomei（証明）では、追加の証明書使用目的が必要なときは Multipurpose を選ぶようにしています。
date = { $y }年{ $m }月{ $d }日
problem-fixed-in-replacement = 「{ $value }」は変えられません（更新・再発行では、サーバー証明書のコモンネームと、再発行での組織名はそのままです）。変える必要があるときは、新規申請にしてください。
err-delete-issued = 申請 { $id } には証明書が発行済みのため、削除できません（秘密鍵が使われています）。削除できるのは、認証局の発行を待っている申請だけです。
err-reissue-expired = 申請 { $id } の証明書は有効期限が切れているため、再発行できません。更新申請をしてください。
replacement-renewal-not-yet = 認証局が更新申請を受け付けるのは { $date } から（オーダー有効期限日の90日前から）です。CSRは今作っても構いませんが、申請はその日からです。
replacement-renewal-open = 更新申請ができます（有効期限まであと { $days } 日）。新しい秘密鍵を作ります。古い .p12 は、過去の暗号化メールを読むために残しておいてください。
replacement-reissue-revokes-old = 再発行した証明書が発行されると、元の証明書は { $hours } 時間後に失効（Revoke）します。それまでに新しい証明書をインストールしてください。
replacement-reissue-old-form = この証明書は2025年7月31日以前に発行されたセキュアメールIDです。再発行は CertCentral ではなく、デジサートの「セキュアメールID再発行 申請入力フォーム」から申し込みます。
replacement-organization-fixed = 再発行では組織名は変えられません（変える場合は新規申請です）。メールアドレス、プロファイル、証明書の使用、署名ハッシュは変えられます。
replacement-cn-fixed = サーバー証明書の更新・再発行では、コモンネームは変えられません（変える場合は新規申請です）。
replacement-renew-title = 更新申請（新しい秘密鍵で、同じ内容の証明書をもう一度申請します）
replacement-reissue-title = 再発行（有効な証明書を、新しい秘密鍵の証明書に置き換えます）
err-ca-unknown = 「{ $value }」は選べる認証局ではありません。digicert、globalsign、cybertrust、certcentral のどれかを指定してください。
cli-show-head = 申請 { $id }（{ $title }）：{ $created } に作成、{ $status }
cli-show-pending = 証明書の発行待ち
cli-show-issued = 発行済み（{ $from } から { $until } まで有効）
reminder-after = { $title } の証明書は { $days } 日前に有効期限が切れました。まだなら更新申請をしてください。
pw-mismatch-live = 2回入力したパスワードが一致していません。
unlock-create-submit = 保管庫を作成する
usage-word-digital-signature = デジタル署名（{ $name }）
usage-word-non-repudiation = 否認防止（{ $name }）
usage-word-key-encipherment = 鍵の暗号化（{ $name }）
usage-word-data-encipherment = データの暗号化（{ $name }）
usage-word-key-agreement = 鍵共有（{ $name }）
usage-word-key-cert-sign = 証明書への署名（{ $name }）
usage-word-crl-sign = 失効リストへの署名（{ $name }）
usage-word-email-protection = メールの保護（S/MIME、{ $name }）
usage-word-client-auth = 個人認証（{ $name }）
usage-word-server-auth = サーバー認証（{ $name }）
usage-word-code-signing = コード署名（{ $name }）
usage-word-other = { $name }
usage-list = { $count ->
    [0] なし
    [1] { $a }
    [2] { $a }、{ $b }
    [3] { $a }、{ $b }、{ $c }
    [4] { $a }、{ $b }、{ $c }、{ $d }
   *[other] { $a }、{ $b }、{ $c }、{ $d }、{ $e }…
}
import-eku-client-auth-added = 認証局が拡張鍵用途に「個人認証（clientAuth）」を加えています。Multipurpose ではよくあることで、メールの署名と暗号化にはそのまま使えます。
p12-protection-modern = 新しい方式（AES など。Windows 10 以降・macOS 15 以降・Thunderbird 向け）［{ $detail }］
p12-protection-compatible = 互換性の高い方式（3DES。古い Windows・macOS でも開けます）［{ $detail }］
p12-protection-weak = 古く弱い方式（RC2-40）。Shomei（証明）で作り直すことをおすすめします［{ $detail }］
p12-protection-other = そのほかの方式［{ $detail }］

# Mail import
err-import-mail-no-cert = { $file } のメールには、証明書が添付されていません。会社のセキュリティ設定で添付ファイルが削除された可能性があります。認証局のサイトのオーダー画面（DigiCert の場合は CertCentral）から証明書（.zip、.p7b または .crt）をダウンロードし、そのファイルを取り込んでください。
err-import-mail-winmail = { $file } のメールの添付ファイルは、Outlook 独自の形式（winmail.dat）にまとめられているため読み取れません。Outlook でメールを開いて添付の .zip ファイルを保存し、そのファイルを取り込んでください。認証局のサイトのオーダー画面から証明書をダウンロードしてもかまいません。
err-import-mail-protected = { $file } のメールは暗号化されているため（または署名の中に包まれているため）、添付ファイルを読み取れません。メールソフトでメールを開いて添付の .zip ファイルを保存し、そのファイルを取り込んでください。
err-import-mail-truncated = { $file } のメールは途中で切れていて、最後まで保存されていません。メールソフトでメールをもう一度保存するか、添付の .zip ファイルを保存して、そのファイルを取り込んでください。
err-import-mail-damaged = { $file } はメールのファイルとして読み取れませんでした（壊れている可能性があります）。メールソフトでメールをもう一度保存するか、添付の .zip ファイルを保存して、そのファイルを取り込んでください。
err-import-mail-too-large = { $file } のメールは、添付ファイルの数や大きさが認証局からのメールとしてはありえないため、開きませんでした。送り主を確認してください。
# Unusual .p12 files and vault passphrase rules
err-p12-unsupported = この .p12 ファイルは、一般的なソフトが使わない特殊な方法で保護されているため、開きませんでした。送り主に、標準の設定でもう一度書き出してもらってください。
err-vault-passphrase-rejected = 保管庫のパスフレーズが規則を満たしていません：{ $rule }。もっと長く、推測されにくいパスフレーズにしてください。
err-vault-passphrase-full-width = 保管庫のパスフレーズに全角文字が含まれています。IMEをオフにして、半角で入力してください。（{ $rule }）
err-vault-kdf-range = { $path } に、Shomei（証明）が書くことのない鍵導出の設定が書かれています（アプリが止まったり終了したりするおそれがあります）。そのため保管庫を開きませんでした。vault.json をバックアップから戻してください。
err-vault-id-taken = 番号 { $id } の申請がすでにあるため、上書きしませんでした。もう一度お試しください。
err-import-issuer-missing = 証明書「{ $subject }」が、発行元「{ $issuer }」の証明書なしで届いたため、署名を確認できず、取り込みませんでした。認証局の中間証明書のファイルも一緒に追加してください（認証局から届いた zip に入っています。DigiCertCA.crt という名前のことが多いです）。
err-import-signature-unchecked = 証明書「{ $subject }」の署名は、Shomei（証明）が確認できない方式（{ $alg }）のため、取り込みませんでした。SHA-256 以上で署名された証明書を認証局に依頼してください。
err-import-too-many-certs = { $file } には { $max } 枚を超える証明書が入っています。認証局が送る枚数よりはるかに多いです。あなたの証明書のために認証局から届いたファイルを選んでください。
err-import-is-encrypted-key = { $file } には、パスワードで保護された秘密鍵が入っています（証明書ではありません）。Shomei（証明）は鍵を取り込みません。認証局から届いた証明書ファイルを選んでください。
inspect-kind-p12-no-key = PKCS#12 ファイル（.p12 / .pfx）、秘密鍵なし（証明書のみ）
inspect-p12-key-of = 一致（「{ $subject }」の鍵です）
inspect-p12-key-unknown = 判断できません（Shomei（証明）が読めない種類の鍵です）
inspect-signature-weak = { $alg }（正しい署名ですが、SHA-1 は弱く、認証局はもう受け付けません）
inspect-signature-unchecked = { $alg }（Shomei（証明）ではこの種類の署名を確認できません）
# The journey's step names and saving without a dialog
journey-details = 申請内容
journey-profile = プロファイル
journey-key = 鍵の種類
journey-csr = CSR
journey-host = ホスト名
journey-subject = 組織情報
journey-password = 証明書パスワード
journey-platform = 使う場所
journey-done = 完了
journey-files = ファイル
journey-result = 取り込み結果
lang-switch = 表示言語
home-new-smime-explain = メールに署名・暗号化するための証明書です。秘密鍵とCSRを作り、認証局に申請します。
home-new-server-explain = Webサーバーなどの証明書です。ホスト名と組織情報から秘密鍵とCSRを作ります。
home-import-explain = 認証局からメールで届いた証明書のファイルを取り込み、保管中の秘密鍵と組み合わせます。
home-inspect-explain = CSR・証明書・.p12 などのファイルに何が書かれているかを、わかりやすく表示します。
home-made = 申請日 { $date }
home-expires = 有効期限 { $date }
home-open = { $title } の申請を開く（{ $date }）
save-no-dialog = この環境では保存先を選ぶ画面を開けません。下の欄の保存先を確かめて「ここに保存」を押してください。
save-cancelled = 保存先が選ばれませんでした。下の欄の場所に保存することもできます。
save-path = 保存先（ファイルの場所と名前）
save-here = ここに保存
save-cancel = 保存しない
saved-to = { $path } に保存しました。
password-copied = パスワードをクリップボードにコピーしました。メールとは別の方法（電話など）で伝えてください。
request-title = { $title } の申請
request-made = 申請日：{ $date }
request-key = 秘密鍵：{ $key }（暗号化して保管庫に保存済み）
request-status-pending = 状態：証明書の発行待ち
request-status-issued = 状態：発行済み（有効期限 { $date }、残り { $days } 日）
request-status-expired = 状態：有効期限切れ（{ $date }）
request-next-pending = 次にすること：下のCSRをコピーして認証局の申請画面に貼り付け、申請メモのとおりに選んでください。証明書がメールで届いたら、最初の画面で「発行された証明書を取り込む」を選びます。
request-next-issued = 次にすること：最初の画面で「{ $title } の .p12 を作る」を選び、メールソフトやサーバーに取り込んでください。
request-next-expired = 次にすること：この証明書は使えません。最初の画面で「{ $title } を更新」を選んで、新しく申請してください。
request-delete = この申請を削除…
request-delete-confirm = この申請を削除すると、保管庫にある秘密鍵も完全に消えます。元に戻すことはできず、この申請で発行される証明書は使えなくなります。本当に削除しますか？
request-delete-yes = 秘密鍵ごと完全に削除する
request-delete-no = 削除しない
request-deleted = { $title } の申請（{ $date }）を削除しました。
inspect-pick = ファイルを選ぶ…
inspect-drop = 確認したいファイルをここにドロップするか、「ファイルを選ぶ…」を押すか、下の欄に場所を入力してください。
pick-no-dialog = この環境ではファイルを選ぶ画面を開けません。ファイルをウィンドウにドロップするか、下の欄に場所を入力してください。
err-file-missing = { $path } が見つかりません。ファイルの場所と名前を確かめてください。
err-file-unreadable = { $path } を読み込めませんでした。ファイルを開く権限があるか確かめてください。
err-file-is-folder = { $path } はフォルダーです。その中のファイルを選んでください。
home-export-for = { $title }（{ $date }）の .p12 を作る
home-renew-for = { $title }（{ $date }）を更新
home-reminder-for = { $title }（{ $date }）の有効期限をカレンダーに追加（.ics）
home-fullchain-for = { $title }（{ $date }）の証明書チェーンを保存（Apache/nginx 用）
home-server-key-for = { $title }（{ $date }）の秘密鍵を保存（Apache/nginx 用）…
home-reissue-for = { $title }（{ $date }）を再発行
nav-why-disabled = 上の欄をすべて正しく入力すると押せます
# The hand-off sheet: the CA guide's order and words
dcv-discouraged-open = { $since }から非推奨（サーバー証明書の業界基準。CA/Browser Forum の決定 SC-090）
handoff-page-title = 申請画面（上から順に）：
handoff-start-direct = CertCentral の左メニュー「証明書の申請」から Secure Mail ID を選びます。
handoff-start-voucher = バウチャー券面に記載のURLから申請を始めます（「証明書の申請」からではありません）。製品と有効期間はバウチャーに登録されていて、プリセットされた状態から始まります。
handoff-validity-voucher = 証明書の有効期限：バウチャーでプリセットされています。そのままにします。
handoff-org-duplicates = CSRを貼り付けたあと、組織が複数表示されることがあります。そのときはゴミ箱のアイコンですべての組織を削除し、「組織を追加する」から正しい組織を選びなおします。
handoff-key-not-in-guide = 証明書キーサイズ：認証局のガイドには RSA の鍵しか載っていません（「RSA 2048」。鍵は2048ビット以上）。この申請の鍵は { $value } で、ECDSA のCSRを受け付けるかはガイドに書かれていません。Secure Mail ID には RSA の鍵で申請を作り直すことをおすすめします。
handoff-intermediate-not-in-guide = 中間チェーン：表示されたまま変更しません（ガイドには RSA 用の中間CAしか載っていません）
handoff-additional-emails = 追加のEメール（任意）：追加したすべての宛先に発行通知メールが送られるため、申請の完了後に追加することを認証局は強くすすめています（あとで［証明書］＞［オーダー］のオーダー詳細で追加・変更・削除できます）。
handoff-payment = 支払い情報：「クレジットカードに請求する」（即時に課金されます）か「銀行振込向けに請求する」を選びます。
handoff-payment-voucher = 支払い情報：バウチャーで申請しているので表示されません。
handoff-submit = 「申請を送信」をクリックして申請を完了します。
handoff-after-title = 発行まで：
handoff-issuance = 認証が済むと、証明書は平均5営業日以内に発行されます（申込み内容によってはそれ以上かかることがあります）。
handoff-issuance-mail = 発行通知メールは、申請者と、申請時に設定した追加のEメールあてに自動で送られます。添付の .zip を Shomei（証明）の「発行された証明書を取り込む」で取り込みます。
handoff-download-link = 添付ファイルが社内のセキュリティポリシーなどで削除される場合は、CertCentral のオーダー画面からダウンロードできます。［設定］＞［通知］の「高度な通知設定」で「証明書ダウンロードのデフォルト」を「添付ファイル」から「ダウンロードリンク」に変えることを認証局はすすめています。
handoff-later-title = あとで：
handoff-renew = 更新：オーダー有効期限日の{ $days }日前から、CertCentral の左メニュー「有効期限間近の証明書」で「今すぐ更新する」をクリックします。
handoff-renew-voucher = 更新：バウチャーを使う場合は、バウチャー券面に記載のURLから申請します（オーダー有効期限日の{ $days }日前から）。
handoff-revalidate = 更新の申請時に組織認証やDCVの有効期限が切れていれば、組織認証とDCVを受け直します（証明書の有効期限とは別です。［証明書］＞［ドメイン］の「ドメイン認証有効期限」などで確かめられます）。
handoff-reissue = 再発行：［証明書］＞［オーダー］で該当のオーダー番号を選び、［証明書操作］から「証明書を再発行する」を選びます。再発行した証明書が発行されると、元の証明書は{ $hours }時間後に失効します。
handoff-new-org-name = 社名・組織名が変わったときは、再発行では変えられません。新規申請が必要です。
handoff-contact = 問い合わせ先（デジサート・ジャパン）：認証について { $validation_mail }、電話 { $phone }（自動音声ガイダンス{ $validation_guidance }）／テクニカルサポート { $support_mail }、電話 { $phone }（自動音声ガイダンス{ $support_guidance }）。受付時間：土日祝日および年末年始を除く 平日 { $hours }
server-handoff-www-cybertrust = wwwオプション：利用する（「{ $name }」も入ります。追加費用なし。再発行のときは選べず、新規・更新時の設定のままです）
server-handoff-www-other = 「{ $name }」は2つ目のホスト名として申請します（「wwwオプション」は、認証局のガイドではサイバートラストの品目にしか説明がありません）。
server-validity-title = 有効期間（販売代理店の FAQ の記載）：
server-validity-none = デジサート CertCentral に直接申し込む場合の有効日数は、認証局のガイドに記載がありません。
server-validity-from-issue = 契約期間 { $months ->
    [12] 1年
   *[other] { $months }ヶ月
}：発行日＋{ $days }日{ $last_second ->
    [yes] 23時間59分59秒
   *[no] {""}
}{ $remaining ->
    [yes] ＋更新元証明書の残有効日数
   *[no] {""}
}{ $extra ->
    [yes] ＋α（認証局の仕様により日数が追加される場合があります）
   *[no] {""}
}
server-validity-from-previous = 契約期間 { $months ->
    [12] 1年
   *[other] { $months }ヶ月
}：更新前証明書の有効期間満了日＋{ $add ->
    [12] 1年
   *[other] { $add }ヶ月
}
server-validity-cap = ただし、今日発行されるサーバー証明書の有効期間は最長 { $days } 日です（サーバー証明書の業界基準。CA/Browser Forum の決定 SC-081。FAQ の表はこれより前の記載です）。
server-phone-check = 申請意思の確認が電話で行われるときは、帝国データバンク（COSMOSNET）または東京商工リサーチ（tsr-van2）に登録されている電話番号にかかってきます（確認が省略されることもあります。GMOグローバルサインのクイック認証SSLは電話ではなくメールです）。
server-renewal-reseller = 更新：更新期間の期限内に解約の申し込みがなければ、販売代理店が自動的に更新します（有効期限の35日前と30日前に通知があります）。更新で品目とコモンネームは変えられません。
replacement-renewal-expired = 有効期限が切れています。新しい秘密鍵とCSRを作って申請します。
replacement-revalidate-if-lapsed = 申請時に組織認証やDCVの有効期限が切れていれば、組織認証とDCVを受け直す必要があります（証明書の有効期限とは別です。CertCentral の［証明書］＞［組織］と［ドメイン］で確かめてください）。
replacement-server-renews-itself = 販売代理店の申請代行では、解約しない限り販売代理店が自動的に更新します。ここで作る新しい秘密鍵とCSRは、更新の手続きで登録するためのものです（前回と同じCSRも登録できますが、新しいCSRが推奨されています）。品目とコモンネームは変えられません。
reminder-description-server = 販売代理店が自動的に更新します（解約しない限り）。新しいCSRを登録するときは、Shomei（証明）で { $title } の「更新」を選びます。
smime-purchase-question = どこで購入しましたか？
purchase-direct = デジサートから直接（CertCentral で申し込み、支払う）
purchase-voucher = 販売代理店から（バウチャーがある）
smime-purchase-explain = バウチャーがある場合、申請はバウチャー券面に記載のURLから始めます。製品と有効期間はプリセットされていて、支払いの手順はありません。申請メモはこれに合わせて書きます。
handoff-account = CertCentral のアカウント：Secure Mail ID を使うには、アカウントの開設後、開設した組織名とアカウント番号を添えてデジサートのサポートに連絡します（デジサート側で製品追加の設定作業が必要です）。済んでいれば不要です。

## 規則に反する証明書（内容の確認では読み、取り込みでは断る）
finding-breaks-rule = この証明書は規則に反しています：{ $rule }
err-import-breaks-rule = { $face ->
    [cli] { $file } の証明書は規則に反しているため、Shomei（証明）は取り込みません：{ $rule } 認証局に発行し直してもらってください。ほかの内容は「shomei inspect」で確認できます。
   *[window] { $file } の証明書は規則に反しているため、Shomei（証明）は取り込みません：{ $rule } 認証局に発行し直してもらってください。ほかの内容はホーム画面の「ファイルの中身を確認する」で確認できます。
}
inspect-time-unreadable = （読み取れません）
quirk-time-generalized-before-2050 = 2050年より前の日時が、2050年以降用の長い形式（GeneralizedTime）で書かれています。
quirk-time-without-seconds = 有効期間の日時に秒がありません。
quirk-time-not-utc = 有効期間の日時が協定世界時（UTC）で書かれていません（時差付き、または時差なし）。
quirk-time-fraction = 有効期間の日時に秒未満の端数があります。
quirk-time-unreadable = 有効期間の日時が日付として読み取れません。
quirk-san-not-ascii = 別名（SAN）の { $kind } 名に、半角英数字以外の文字が含まれています。
quirk-san-empty-entry = 別名（SAN）に空の項目があります。
quirk-san-control-byte = 別名（SAN）にNULなどの制御文字が含まれています（\xNN と表示しています）。
quirk-unknown-attribute = 名前に、Shomei（証明）が知らない種類の項目（{ $oid }）があります。その番号で表示しています。
quirk-serial-number-attribute = 名前の serialNumber が、短い英数字（64文字以内の PrintableString）になっていません。
quirk-name-empty-part = サブジェクトまたは発行者の名前に、空の部分があります。
quirk-name-unreadable = サブジェクトまたは発行者の名前を全部は読み取れません。読み取れた部分だけを表示しています。
quirk-critical-aia = 認証局情報アクセス（AIA：認証局の証明書の場所）の拡張が「重要（critical）」になっています。
quirk-critical-sia = サブジェクト情報アクセス（SIA）の拡張が「重要（critical）」になっています。
quirk-name-constraints-empty = 名前の制約（Name Constraints）の一覧が空です。
quirk-name-constraints-min-max = 名前の制約（Name Constraints）に、書いてはいけない最小値・最大値が書かれています。
quirk-path-len-negative = 基本制約（Basic Constraints）で、下位の認証局の数が負の値になっています。
quirk-path-len-without-ca = 基本制約（Basic Constraints）で下位の認証局の数を制限していますが、この証明書は認証局ではありません。
quirk-notice-string-type = 証明書ポリシーの説明文が UTF-8 で書かれていません。
quirk-notice-too-long = 証明書ポリシーの説明文が { $chars } 文字あります（200文字まで）。
quirk-crldp-without-name = CRL配布ポイントに、失効リストの場所が書かれていません。
quirk-unique-identifiers = 認証局が使ってはいけない、発行者・サブジェクトの固有ID（unique identifier）が含まれています。
quirk-extension-unreadable = 拡張（{ $oid }）が読み取れません。
quirk-rsa-parameters-missing = RSA鍵に、アルゴリズムが必要とする NULL パラメーターがありません。SHA-256 は OpenSSL と同じく、これを補った値で示しています。
quirk-key-encoding = RSA鍵の数値が規則どおりの形式（DER）で書かれていません。SHA-256 は OpenSSL と同じく、正しい形式に直した値で示しています。
quirk-curve-mismatch = 公開鍵が、指定された曲線（{ $curve }）に合っていないため、鍵の長さは表示していません。
quirk-serial-not-positive = シリアル番号が0または負の値です。
quirk-not-strict-der = 一部が規則どおりの形式（DER）で書かれていません。

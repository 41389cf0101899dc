"""Why an exchange file cannot be sealed or opened, in en, ko, fr, it and pt-BR."""

from __future__ import annotations

ENVELOPE_MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "too_short": "the passphrase is too short: use at least {min} characters (a few words "
        "are easy to say on the phone)",
        "no_passphrase": "it is encrypted: give its passphrase",
        "not_sealed": "it is not an encrypted AIPIA exchange file",
        "newer": "it was encrypted by a newer AIPIA (format {version}); update AIPIA to open it",
        "bad_settings": "its encryption settings are outside what AIPIA uses (a damaged or "
        "forged file)",
        "wrong": "it cannot be decrypted: the passphrase is wrong, or the file was changed "
        "after it was written (one changed byte is enough)",
    },
    "ko": {
        "too_short": "암호문이 너무 짧습니다: {min}자 이상으로 정하십시오 (단어 몇 개로 "
        "만들면 전화로 알려 주기 쉽습니다)",
        "no_passphrase": "암호화된 파일입니다: 암호문을 입력하십시오",
        "not_sealed": "암호화된 AIPIA 교환 파일이 아닙니다",
        "newer": "더 새로운 AIPIA로 암호화된 파일입니다(형식 {version}). AIPIA를 업데이트한 뒤 "
        "여십시오",
        "bad_settings": "암호화 설정이 AIPIA가 쓰는 범위를 벗어납니다(손상되었거나 위조된 파일)",
        "wrong": "복호화할 수 없습니다: 암호문이 틀렸거나, 파일이 만들어진 뒤 바뀌었습니다"
        "(1바이트만 바뀌어도 열 수 없습니다)",
    },
    "fr": {
        "too_short": "la phrase de passe est trop courte : utilisez au moins {min} caractères "
        "(quelques mots se dictent facilement au téléphone)",
        "no_passphrase": "il est chiffré : indiquez sa phrase de passe",
        "not_sealed": "ce n'est pas un fichier d'échange AIPIA chiffré",
        "newer": "il a été chiffré par une version plus récente d'AIPIA (format {version}) ; "
        "mettez AIPIA à jour pour l'ouvrir",
        "bad_settings": "ses paramètres de chiffrement sortent de ceux qu'utilise AIPIA "
        "(fichier endommagé ou falsifié)",
        "wrong": "il ne peut pas être déchiffré : la phrase de passe est fausse, ou le fichier "
        "a été modifié après son écriture (un seul octet modifié suffit)",
    },
    "it": {
        "too_short": "la passphrase è troppo corta: usate almeno {min} caratteri (qualche "
        "parola è facile da dettare al telefono)",
        "no_passphrase": "è cifrato: inserite la sua passphrase",
        "not_sealed": "non è un file di scambio AIPIA cifrato",
        "newer": "è stato cifrato da una versione più recente di AIPIA (formato {version}); "
        "aggiornate AIPIA per aprirlo",
        "bad_settings": "le sue impostazioni di cifratura sono fuori da quelle usate da AIPIA "
        "(file danneggiato o contraffatto)",
        "wrong": "non può essere decifrato: la passphrase è sbagliata, oppure il file è stato "
        "modificato dopo essere stato scritto (basta un byte modificato)",
    },
    "pt-BR": {
        "too_short": "a frase secreta é curta demais: use pelo menos {min} caracteres (algumas "
        "palavras são fáceis de dizer ao telefone)",
        "no_passphrase": "ele está criptografado: informe a frase secreta",
        "not_sealed": "não é um arquivo de intercâmbio do AIPIA criptografado",
        "newer": "foi criptografado por um AIPIA mais novo (formato {version}); atualize o "
        "AIPIA para abri-lo",
        "bad_settings": "as configurações de criptografia estão fora das que o AIPIA usa "
        "(arquivo danificado ou forjado)",
        "wrong": "não pode ser descriptografado: a frase secreta está errada, ou o arquivo foi "
        "alterado depois de escrito (basta um byte alterado)",
    },
}

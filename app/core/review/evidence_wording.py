"""Why an attachment was refused, in en, ko, fr, it and pt-BR (used by ``evidence``)."""

from __future__ import annotations

EVIDENCE_MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "file_too_large": "{name} is {size}; a file may be at most {limit} (Preferences: "
        "evidence limits)",
        "assessment_full": "{name} ({size}) would bring this assessment's evidence to {total}; "
        "at most {limit} per assessment (Preferences: evidence limits)",
        "not_a_file": "{name} is {what}, not a file: attach the file itself",
        "unreadable": "cannot read {name}: {detail}",
        "changed": "{name} changed while it was being copied (another program is writing it?): "
        "close that program and attach it again; nothing was kept",
        "bad_name": "'{name}' cannot be an attachment's name: {why}",
        "unknown_target": "'{target}' is not a {kind} of this pack{hint}",
        "no_attachment": "assessment {id} has no attachment {attachment}",
        "not_viewable": "AIPIA does not open '{suffix}' files: they could run programs. Save a "
        "copy and open it with a program you choose",
        "damaged": "the stored copy of {name} does not match its SHA-256 any more (the data "
        "folder was changed); restore the data folder from a backup",
        "missing": "the stored copy of {name} is missing from {folder}",
        "bad_limit": "{what} must be a whole number of MB from 1 to {ceiling}",
    },
    "ko": {
        "file_too_large": "{name}의 크기는 {size}입니다. 파일 하나는 최대 {limit}까지 첨부할 수 "
        "있습니다 (환경설정: 증빙 한도)",
        "assessment_full": "{name}({size})을(를) 첨부하면 이 평가의 증빙이 {total}이(가) "
        "됩니다. 평가 하나에 최대 {limit}까지입니다 (환경설정: 증빙 한도)",
        "not_a_file": "{name}은(는) 파일이 아니라 {what}입니다. 파일 자체를 첨부하십시오",
        "unreadable": "{name}을(를) 읽을 수 없습니다: {detail}",
        "changed": "{name}이(가) 복사되는 동안 바뀌었습니다(다른 프로그램이 쓰는 중인가요?). "
        "그 프로그램을 닫고 다시 첨부하십시오. 아무것도 저장되지 않았습니다",
        "bad_name": "'{name}'은(는) 첨부 파일 이름이 될 수 없습니다: {why}",
        "unknown_target": "'{target}'은(는) 이 팩의 {kind}이(가) 아닙니다{hint}",
        "no_attachment": "평가 {id}에는 첨부 {attachment}이(가) 없습니다",
        "not_viewable": "AIPIA는 '{suffix}' 파일을 열지 않습니다(프로그램이 실행될 수 "
        "있습니다). 사본을 저장해 직접 고른 프로그램으로 여십시오",
        "damaged": "{name}의 저장된 사본이 SHA-256과 더 이상 일치하지 않습니다(데이터 폴더가 "
        "바뀌었습니다). 백업에서 데이터 폴더를 복원하십시오",
        "missing": "{name}의 저장된 사본이 {folder}에 없습니다",
        "bad_limit": "{what}은(는) 1부터 {ceiling}까지의 MB 단위 정수여야 합니다",
    },
    "fr": {
        "file_too_large": "{name} pèse {size} ; un fichier peut peser au plus {limit} "
        "(Préférences : limites des pièces justificatives)",
        "assessment_full": "{name} ({size}) porterait les pièces justificatives de cette "
        "analyse à {total} ; {limit} au plus par analyse (Préférences : limites des pièces "
        "justificatives)",
        "not_a_file": "{name} est {what}, pas un fichier : joignez le fichier lui-même",
        "unreadable": "impossible de lire {name} : {detail}",
        "changed": "{name} a changé pendant sa copie (un autre programme l'écrit-il ?) : "
        "fermez ce programme et joignez-le de nouveau ; rien n'a été conservé",
        "bad_name": "« {name} » ne peut pas être le nom d'une pièce jointe : {why}",
        "unknown_target": "« {target} » n'existe pas dans ce questionnaire ({kind}){hint}",
        "no_attachment": "l'analyse {id} n'a pas de pièce jointe {attachment}",
        "not_viewable": "AIPIA n'ouvre pas les fichiers « {suffix} » : ils pourraient lancer "
        "des programmes. Enregistrez une copie et ouvrez-la avec le programme de votre choix",
        "damaged": "la copie conservée de {name} ne correspond plus à son SHA-256 (le dossier "
        "de données a été modifié) ; restaurez le dossier de données depuis une sauvegarde",
        "missing": "la copie conservée de {name} manque dans {folder}",
        "bad_limit": "{what} doit être un nombre entier de Mo entre 1 et {ceiling}",
    },
    "it": {
        "file_too_large": "{name} è di {size}; un file può essere al massimo di {limit} "
        "(Preferenze: limiti della documentazione)",
        "assessment_full": "{name} ({size}) porterebbe la documentazione di questa valutazione "
        "a {total}; al massimo {limit} per valutazione (Preferenze: limiti della "
        "documentazione)",
        "not_a_file": "{name} è {what}, non un file: allegate il file stesso",
        "unreadable": "impossibile leggere {name}: {detail}",
        "changed": "{name} è cambiato durante la copia (un altro programma lo sta scrivendo?): "
        "chiudete quel programma e allegatelo di nuovo; non è stato conservato nulla",
        "bad_name": "'{name}' non può essere il nome di un allegato: {why}",
        "unknown_target": "'{target}' non esiste in questo questionario ({kind}){hint}",
        "no_attachment": "la valutazione {id} non ha l'allegato {attachment}",
        "not_viewable": "AIPIA non apre i file '{suffix}': potrebbero avviare programmi. "
        "Salvatene una copia e apritela con un programma scelto da voi",
        "damaged": "la copia conservata di {name} non corrisponde più al suo SHA-256 (la "
        "cartella dei dati è stata modificata); ripristinate la cartella dei dati da un backup",
        "missing": "la copia conservata di {name} manca in {folder}",
        "bad_limit": "{what} deve essere un numero intero di MB da 1 a {ceiling}",
    },
    "pt-BR": {
        "file_too_large": "{name} tem {size}; um arquivo pode ter no máximo {limit} "
        "(Preferências: limites das evidências)",
        "assessment_full": "{name} ({size}) levaria as evidências desta avaliação a {total}; "
        "no máximo {limit} por avaliação (Preferências: limites das evidências)",
        "not_a_file": "{name} é {what}, não um arquivo: anexe o próprio arquivo",
        "unreadable": "não é possível ler {name}: {detail}",
        "changed": "{name} mudou enquanto era copiado (outro programa o está gravando?): feche "
        "esse programa e anexe-o de novo; nada foi guardado",
        "bad_name": "'{name}' não pode ser o nome de um anexo: {why}",
        "unknown_target": "'{target}' não existe neste questionário ({kind}){hint}",
        "no_attachment": "a avaliação {id} não tem o anexo {attachment}",
        "not_viewable": "O AIPIA não abre arquivos '{suffix}': eles poderiam executar "
        "programas. Salve uma cópia e abra-a com um programa de sua escolha",
        "damaged": "a cópia guardada de {name} não corresponde mais ao seu SHA-256 (a pasta de "
        "dados foi alterada); restaure a pasta de dados de um backup",
        "missing": "a cópia guardada de {name} não está em {folder}",
        "bad_limit": "{what} deve ser um número inteiro de MB de 1 a {ceiling}",
    },
}

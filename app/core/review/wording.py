"""The words of a refused review step, in en, ko, fr, it and pt-BR (used by ``errors``).

``MESSAGES`` holds one text per refusal code with ``{name}`` placeholders;
``STATUS_WORDS`` and ``ADVICE`` fill ``{from}``, ``{to}``, ``{status}`` and
``{advice}``; ``VALUE_WORDS`` says a parameter given in English words (what is
empty, why a name is refused, what a path is) in the reader's language.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "move_not_allowed": "an assessment that is {from} cannot become {to}{advice}",
        "same_status": "the assessment is already {to}",
        "comment_needed": "say what must change: a comment is needed to send the assessment "
        "back to draft",
        "to_fix_left": "{count} section(s) are marked 'to fix' ({sections}): the assessor fixes "
        "them, sends the assessment to review again, and the reviewer marks them anew before "
        "approving",
        "locked": "assessment {id} is approved (revision {revision}) and read-only: start a new "
        "revision first (move it back to draft); the approved revision is kept as it is",
        "archived": "assessment {id} is archived: restore it first",
        "not_in_review": "sections are judged while the assessment is in review; it is {status}",
        "unknown_section": "'{section}' is not a section of this pack{hint}",
        "unknown_verdict": "'{value}' is not a verdict; choose acceptable, improvable or to_fix",
        "name_empty": "say who does it: give a name (your name from the preferences is used "
        "when set)",
        "name_too_long": "the name is too long (at most {limit} characters)",
        "text_empty": "the {what} is empty",
        "text_too_long": "the {what} is too long (at most {limit} characters)",
        "unknown_opinion": "'{value}' is not an opinion kind; choose dpo or data_subjects",
        "unknown_stance": "'{value}' is not a stance; choose favourable or unfavourable",
        "reason_needed": "say why the people concerned were not asked",
        "no_revision": "assessment {id} has no revision {number} (revisions: {known})",
        "no_revisions": "assessment {id} has no revision yet: a revision is made each time it "
        "is approved",
    },
    "ko": {
        "move_not_allowed": "'{from}' 상태의 평가는 '{to}' 상태가 될 수 없습니다{advice}",
        "same_status": "평가는 이미 '{to}' 상태입니다",
        "comment_needed": "무엇을 고쳐야 하는지 적어 주십시오: 평가를 초안으로 되돌릴 때는 의견이 "
        "필요합니다",
        "to_fix_left": "{count}개 섹션이 '수정 필요'로 표시되어 있습니다 ({sections}). 평가자가 "
        "수정해 다시 검토를 요청하고, 검토자가 새로 판정한 뒤 승인할 수 있습니다",
        "locked": "평가 {id}은(는) 승인되어(개정판 {revision}) 읽기 전용입니다. 먼저 새 개정판을 "
        "시작하십시오(초안으로 되돌리기). 승인된 개정판은 그대로 보관됩니다",
        "archived": "평가 {id}은(는) 보관되어 있습니다. 먼저 복원하십시오",
        "not_in_review": "섹션 판정은 평가가 검토 중일 때 합니다. 현재 상태: {status}",
        "unknown_section": "'{section}'은(는) 이 팩의 섹션이 아닙니다{hint}",
        "unknown_verdict": "'{value}'은(는) 판정이 아닙니다. acceptable(적절), "
        "improvable(개선 가능), to_fix(수정 필요) 중에서 고르십시오",
        "name_empty": "누가 하는지 이름을 적어 주십시오 (환경설정에 이름이 있으면 그 이름을 "
        "씁니다)",
        "name_too_long": "이름이 너무 깁니다 (최대 {limit}자)",
        "text_empty": "{what}이(가) 비어 있습니다",
        "text_too_long": "{what}이(가) 너무 깁니다 (최대 {limit}자)",
        "unknown_opinion": "'{value}'은(는) 의견 종류가 아닙니다. dpo 또는 data_subjects 중에서 "
        "고르십시오",
        "unknown_stance": "'{value}'은(는) 의견의 입장이 아닙니다. favourable(찬성) 또는 "
        "unfavourable(반대) 중에서 고르십시오",
        "reason_needed": "정보주체에게 의견을 묻지 않은 이유를 적어 주십시오",
        "no_revision": "평가 {id}에는 개정판 {number}이(가) 없습니다 (개정판: {known})",
        "no_revisions": "평가 {id}에는 아직 개정판이 없습니다. 개정판은 평가를 승인할 때마다 "
        "만들어집니다",
    },
    "fr": {
        "move_not_allowed": "une analyse à l'état « {from} » ne peut pas passer à l'état "
        "« {to} »{advice}",
        "same_status": "l'analyse est déjà à l'état « {to} »",
        "comment_needed": "dites ce qui doit changer : un commentaire est nécessaire pour "
        "renvoyer l'analyse en brouillon",
        "to_fix_left": "{count} section(s) sont marquées « à corriger » ({sections}) : "
        "l'évaluateur les corrige, renvoie l'analyse en relecture, et le relecteur les apprécie "
        "de nouveau avant de valider",
        "locked": "l'analyse {id} est validée (version {revision}) et en lecture seule : ouvrez "
        "d'abord une nouvelle version (remettez-la en brouillon) ; la version validée est "
        "conservée telle quelle",
        "archived": "l'analyse {id} est archivée : désarchivez-la d'abord",
        "not_in_review": "les sections sont appréciées pendant la relecture de l'analyse ; elle "
        "est à l'état « {status} »",
        "unknown_section": "« {section} » n'est pas une section de ce questionnaire{hint}",
        "unknown_verdict": "« {value} » n'est pas une appréciation ; choisissez acceptable "
        "(acceptable), improvable (améliorable) ou to_fix (à corriger)",
        "name_empty": "dites qui le fait : indiquez un nom (votre nom des préférences est "
        "utilisé s'il est renseigné)",
        "name_too_long": "le nom est trop long ({limit} caractères au plus)",
        "text_empty": "{what} est vide",
        "text_too_long": "{what} dépasse {limit} caractères",
        "unknown_opinion": "« {value} » n'est pas un type d'avis ; choisissez dpo ou "
        "data_subjects",
        "unknown_stance": "« {value} » n'est pas une position ; choisissez favourable "
        "(favorable) ou unfavourable (défavorable)",
        "reason_needed": "dites pourquoi les personnes concernées n'ont pas été consultées",
        "no_revision": "l'analyse {id} n'a pas de version {number} (versions : {known})",
        "no_revisions": "l'analyse {id} n'a encore aucune version : une version est conservée "
        "à chaque validation",
    },
    "it": {
        "move_not_allowed": "una valutazione nello stato '{from}' non può passare allo stato "
        "'{to}'{advice}",
        "same_status": "la valutazione è già nello stato '{to}'",
        "comment_needed": "indicate cosa deve cambiare: serve un commento per rimandare la "
        "valutazione in bozza",
        "to_fix_left": "{count} sezione/i sono segnate 'da correggere' ({sections}): il "
        "valutatore le corregge, rimanda la valutazione in revisione e il revisore le giudica "
        "di nuovo prima di approvare",
        "locked": "la valutazione {id} è approvata (versione {revision}) e di sola lettura: "
        "avviate prima una nuova versione (rimettetela in bozza); la versione approvata resta "
        "com'è",
        "archived": "la valutazione {id} è archiviata: ripristinatela prima",
        "not_in_review": "le sezioni si giudicano mentre la valutazione è in revisione; è nello "
        "stato '{status}'",
        "unknown_section": "'{section}' non è una sezione di questo questionario{hint}",
        "unknown_verdict": "'{value}' non è un esito; scegliete acceptable (accettabile), "
        "improvable (migliorabile) o to_fix (da correggere)",
        "name_empty": "indicate chi lo fa: inserite un nome (se impostato, si usa il vostro "
        "nome delle preferenze)",
        "name_too_long": "il nome è troppo lungo (al massimo {limit} caratteri)",
        "text_empty": "manca {what}",
        "text_too_long": "{what} supera i {limit} caratteri",
        "unknown_opinion": "'{value}' non è un tipo di parere; scegliete dpo o data_subjects",
        "unknown_stance": "'{value}' non è una posizione; scegliete favourable (favorevole) o "
        "unfavourable (sfavorevole)",
        "reason_needed": "indicate perché gli interessati non sono stati consultati",
        "no_revision": "la valutazione {id} non ha una versione {number} (versioni: {known})",
        "no_revisions": "la valutazione {id} non ha ancora versioni: se ne conserva una a ogni "
        "approvazione",
    },
    "pt-BR": {
        "move_not_allowed": "uma avaliação na situação '{from}' não pode passar para "
        "'{to}'{advice}",
        "same_status": "a avaliação já está na situação '{to}'",
        "comment_needed": "diga o que precisa mudar: um comentário é necessário para devolver a "
        "avaliação ao rascunho",
        "to_fix_left": "{count} seção(ões) estão marcadas 'a corrigir' ({sections}): o "
        "avaliador as corrige, envia a avaliação de novo para revisão, e o revisor as avalia "
        "de novo antes de aprovar",
        "locked": "a avaliação {id} está aprovada (versão {revision}) e somente para leitura: "
        "inicie antes uma nova versão (volte-a para rascunho); a versão aprovada é mantida como "
        "está",
        "archived": "a avaliação {id} está arquivada: desarquive-a primeiro",
        "not_in_review": "as seções são avaliadas enquanto a avaliação está em revisão; ela está "
        "na situação '{status}'",
        "unknown_section": "'{section}' não é uma seção deste questionário{hint}",
        "unknown_verdict": "'{value}' não é uma conclusão; escolha acceptable (aceitável), "
        "improvable (a melhorar) ou to_fix (a corrigir)",
        "name_empty": "diga quem faz: informe um nome (o seu nome das preferências é usado "
        "quando definido)",
        "name_too_long": "o nome é longo demais (no máximo {limit} caracteres)",
        "text_empty": "falta {what}",
        "text_too_long": "{what} passa de {limit} caracteres",
        "unknown_opinion": "'{value}' não é um tipo de parecer; escolha dpo ou data_subjects",
        "unknown_stance": "'{value}' não é uma posição; escolha favourable (favorável) ou "
        "unfavourable (desfavorável)",
        "reason_needed": "diga por que as pessoas afetadas não foram consultadas",
        "no_revision": "a avaliação {id} não tem versão {number} (versões: {known})",
        "no_revisions": "a avaliação {id} ainda não tem versão: uma versão é guardada a cada "
        "aprovação",
    },
}
STATUS_WORDS = {
    "en": {"draft": "draft", "in_review": "in review", "approved": "approved",
           "archived": "archived"},
    "ko": {"draft": "초안", "in_review": "검토 중", "approved": "승인됨", "archived": "보관됨"},
    "fr": {"draft": "brouillon", "in_review": "en relecture", "approved": "validée",
           "archived": "archivée"},
    "it": {"draft": "bozza", "in_review": "in revisione", "approved": "approvata",
           "archived": "archiviata"},
    "pt-BR": {"draft": "rascunho", "in_review": "em revisão", "approved": "aprovada",
              "archived": "arquivada"},
}
ADVICE = {
    "en": {"review_first": ": send it to review first, then approve it",
           "new_revision": ": move it back to draft to start a new revision",
           "restore": ": restore it to draft or to {before}, the status it had",
           "": ""},
    "ko": {"review_first": ": 먼저 검토를 요청한 뒤 승인하십시오",
           "new_revision": ": 초안으로 되돌려 새 개정판을 시작하십시오",
           "restore": ": 초안이나 보관 전 상태({before})로 복원하십시오",
           "": ""},
    "fr": {"review_first": " : envoyez-la d'abord en relecture, puis validez-la",
           "new_revision": " : remettez-la en brouillon pour ouvrir une nouvelle version",
           "restore": " : désarchivez-la en brouillon ou à l'état « {before} » qu'elle avait",
           "": ""},
    "it": {"review_first": ": inviatela prima in revisione, poi approvatela",
           "new_revision": ": rimettetela in bozza per avviare una nuova versione",
           "restore": ": ripristinatela in bozza o nello stato '{before}' che aveva",
           "": ""},
    "pt-BR": {"review_first": ": envie-a antes para revisão e depois aprove-a",
              "new_revision": ": volte-a para rascunho para iniciar uma nova versão",
              "restore": ": desarquive-a como rascunho ou na situação '{before}' que tinha",
              "": ""},
}
# Parameters given as English words, said in each language (keyed by the English words).
VALUE_WORDS: dict[str, dict[str, str]] = {
    "ko": {"comment": "의견", "opinion": "의견", "reason": "이유", "note": "메모",
           "a symbolic link": "심볼릭 링크", "a folder": "폴더",
           "a named pipe (FIFO)": "이름 있는 파이프(FIFO)", "a device": "장치",
           "a socket": "소켓", "not a regular file": "일반 파일이 아닌 것",
           "it is empty": "비어 있습니다",
           "it contains a folder separator": "폴더 구분자가 들어 있습니다",
           "it contains control characters": "제어 문자가 들어 있습니다",
           "it is longer than 120 characters": "120자보다 깁니다",
           "it does not exist": "파일이 없습니다",
           "the limit per file": "파일당 한도", "the limit per assessment": "평가당 한도",
           "target kind": "첨부 대상 종류", "question": "질문", "section": "섹션",
           "measure": "조치"},
    "fr": {"comment": "le commentaire", "opinion": "l'avis", "reason": "le motif",
           "note": "la note",
           "a symbolic link": "un lien symbolique", "a folder": "un dossier",
           "a named pipe (FIFO)": "un tube nommé (FIFO)", "a device": "un périphérique",
           "a socket": "un socket", "not a regular file": "pas un fichier ordinaire",
           "it is empty": "il est vide",
           "it contains a folder separator": "il contient un séparateur de dossiers",
           "it contains control characters": "il contient des caractères de contrôle",
           "it is longer than 120 characters": "il dépasse 120 caractères",
           "it does not exist": "il n'existe pas",
           "the limit per file": "la limite par fichier",
           "the limit per assessment": "la limite par analyse",
           "target kind": "type de rattachement", "question": "question",
           "section": "section", "measure": "mesure"},
    "it": {"comment": "il commento", "opinion": "il parere", "reason": "il motivo",
           "note": "la nota",
           "a symbolic link": "un collegamento simbolico", "a folder": "una cartella",
           "a named pipe (FIFO)": "una pipe con nome (FIFO)", "a device": "un dispositivo",
           "a socket": "un socket", "not a regular file": "non un file normale",
           "it is empty": "è vuoto",
           "it contains a folder separator": "contiene un separatore di cartelle",
           "it contains control characters": "contiene caratteri di controllo",
           "it is longer than 120 characters": "supera i 120 caratteri",
           "it does not exist": "non esiste",
           "the limit per file": "il limite per file",
           "the limit per assessment": "il limite per valutazione",
           "target kind": "tipo di destinazione", "question": "domanda",
           "section": "sezione", "measure": "misura"},
    "pt-BR": {"comment": "o comentário", "opinion": "o parecer", "reason": "o motivo",
              "note": "a nota",
              "a symbolic link": "um link simbólico", "a folder": "uma pasta",
              "a named pipe (FIFO)": "um pipe nomeado (FIFO)", "a device": "um dispositivo",
              "a socket": "um socket", "not a regular file": "não um arquivo comum",
              "it is empty": "está vazio",
              "it contains a folder separator": "contém um separador de pastas",
              "it contains control characters": "contém caracteres de controle",
              "it is longer than 120 characters": "tem mais de 120 caracteres",
              "it does not exist": "não existe",
              "the limit per file": "o limite por arquivo",
              "the limit per assessment": "o limite por avaliação",
              "target kind": "tipo de destino", "question": "pergunta",
              "section": "seção", "measure": "medida"},
}
TRANSLATED_PARAMS = ("what", "why", "kind", "detail")

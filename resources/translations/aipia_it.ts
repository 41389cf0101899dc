<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AcceptForm</name>
    <message>
        <source>Accepted by</source>
        <translation>Accettato da</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Date of the acceptance</source>
        <translation>Data dell&apos;accettazione</translation>
    </message>
    <message>
        <source>Note, e.g. whether the authority was consulted</source>
        <translation>Nota, ad es. se l&apos;autorità è stata consultata</translation>
    </message>
    <message>
        <source>Accept residual risk</source>
        <translation>Accetta il rischio residuo</translation>
    </message>
    <message>
        <source>Clear acceptance</source>
        <translation>Cancella l&apos;accettazione</translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation>Accettato &amp;da:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;ta:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Accept what remains of this risk with the plan: %1.</source>
        <translation>Accetta ciò che resta di questo rischio con il piano: %1.</translation>
    </message>
    <message>
        <source>Accepted by %1 (%2) on %3, at %4.</source>
        <translation>Accettato da %1 (%2) il %3, al livello %4.</translation>
    </message>
    <message>
        <source>Not accepted yet.</source>
        <translation>Non ancora accettato.</translation>
    </message>
    <message>
        <source>The risk with the plan is now above the level that was accepted: accept it again or lower it.</source>
        <translation>Con il piano il rischio supera ora il livello accettato: accettatelo di nuovo o riducetelo.</translation>
    </message>
    <message>
        <source>Rate the risk first: there is nothing to accept until it has a level.</source>
        <translation>Valutate prima il rischio: non c&apos;è nulla da accettare finché non ha un livello.</translation>
    </message>
    <message>
        <source>A residual %1 risk cannot be accepted under the questionnaire&apos;s policy.</source>
        <translation>Un rischio residuo %1 non può essere accettato secondo la politica del questionario.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Valutazione</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nuova valutazione…</translation>
    </message>
    <message>
        <source>&amp;Open assessment</source>
        <translation>&amp;Apri valutazione</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Export assessment &amp;data…</source>
        <translation>Esporta i &amp;dati della valutazione…</translation>
    </message>
    <message>
        <source>&amp;Import assessment data…</source>
        <translation>&amp;Importa dati di valutazione…</translation>
    </message>
    <message>
        <source>&amp;Back to all assessments</source>
        <translation>&amp;Torna a tutte le valutazioni</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Duplicate as re-assessment…</source>
        <translation>&amp;Duplica come rivalutazione…</translation>
    </message>
    <message>
        <source>Change the assessment &amp;language…</source>
        <translation>Cambia la &amp;lingua della valutazione…</translation>
    </message>
    <message>
        <source>Mark as d&amp;raft</source>
        <translation>Segna come &amp;bozza</translation>
    </message>
    <message>
        <source>Mark as in re&amp;view</source>
        <translation>Segna come in &amp;revisione</translation>
    </message>
    <message>
        <source>&amp;Export report (PDF, Word, Excel)…</source>
        <translation>&amp;Esporta il rapporto (PDF, Word, Excel)…</translation>
    </message>
    <message>
        <source>E&amp;xport exchange file…</source>
        <translation>Esporta file di &amp;scambio…</translation>
    </message>
    <message>
        <source>Import exc&amp;hange file…</source>
        <translation>Importa file di scam&amp;bio…</translation>
    </message>
    <message>
        <source>&amp;Compare revisions or assessments…</source>
        <translation>&amp;Confronta versioni o valutazioni…</translation>
    </message>
    <message>
        <source>A&amp;pprove (keeps a revision)</source>
        <translation>A&amp;pprova (conserva una revisione)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivia</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>&amp;Questionnaire packs…</source>
        <translation>&amp;Questionari…</translation>
    </message>
    <message>
        <source>Pack &amp;feeds…</source>
        <translation>&amp;Feed dei questionari…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>AIPIA &amp;help</source>
        <translation>&amp;Guida di AIPIA</translation>
    </message>
    <message>
        <source>&amp;About AIPIA</source>
        <translation>&amp;Informazioni su AIPIA</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Ripristina da backup…</translation>
    </message>
    <message>
        <source>Answers are saved automatically; this saves any pending change now.</source>
        <translation>Le risposte sono salvate automaticamente; questo comando salva subito le modifiche in sospeso.</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add a pack feed</source>
        <translation>Aggiungi un feed di questionari</translation>
    </message>
    <message>
        <source>https://regulator.example/aipia/ or a folder</source>
        <translation>https://autorita.example/aipia/ o una cartella</translation>
    </message>
    <message>
        <source>Feed address or folder</source>
        <translation>Indirizzo del feed o cartella</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Scegli una &amp;cartella…</translation>
    </message>
    <message>
        <source>Publisher key fingerprint</source>
        <translation>Impronta della chiave dell&apos;editore</translation>
    </message>
    <message>
        <source>Feed name</source>
        <translation>Nome del feed</translation>
    </message>
    <message>
        <source>Copy the fingerprint from the publisher&apos;s web site or letter. The feed&apos;s index must be signed by this key. Nothing is fetched until you check the feed.</source>
        <translation>Copiate l&apos;impronta dal sito web o dalla lettera dell&apos;editore. L&apos;indice del feed deve essere firmato con questa chiave. Nulla viene scaricato finché non verificate il feed.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>&amp;Fingerprint</source>
        <translation>I&amp;mpronta</translation>
    </message>
    <message>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Nome (facoltativo)</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Aggiungi feed</translation>
    </message>
    <message>
        <source>Choose the feed folder</source>
        <translation>Scegli la cartella del feed</translation>
    </message>
</context>
<context>
    <name>ArchivedAnswersDialog</name>
    <message>
        <source>Archived answers</source>
        <translation>Risposte archiviate</translation>
    </message>
    <message>
        <source>These answers were given under an earlier version of the questionnaire. Their question was removed, or they no longer fit it. They are kept unchanged, exported with the assessment and listed in the report&apos;s appendix.</source>
        <translation>Queste risposte sono state date con una versione precedente del questionario. La loro domanda è stata eliminata, oppure non vi corrispondono più. Sono conservate senza modifiche, esportate con la valutazione ed elencate nell&apos;allegato della relazione.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>← All assessments</source>
        <translation>← Tutte le valutazioni</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Ctrl+L)</source>
        <translation>Torna all&apos;elenco delle valutazioni (Ctrl+L)</translation>
    </message>
    <message>
        <source>Create report…</source>
        <translation>Crea relazione…</translation>
    </message>
    <message>
        <source>Questions in %1…</source>
        <translation>Domande in %1…</translation>
    </message>
    <message>
        <source>The language of this assessment&apos;s questions, risks and reports. Click to change it; the interface language is set in Preferences.</source>
        <translation>La lingua delle domande, dei rischi e delle relazioni di questa valutazione. Fate clic per cambiarla; la lingua dell&apos;interfaccia si imposta nelle Preferenze.</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionario</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>Risch&amp;i</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>Re&amp;visione</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Evidenze</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Aggiorna…</translation>
    </message>
    <message>
        <source>Mark all as reviewed</source>
        <translation>Segna tutto come rivisto</translation>
    </message>
    <message>
        <source>Archived answers…</source>
        <translation>Risposte archiviate…</translation>
    </message>
    <message>
        <source>Attached to the answer: %1 (listed in the Evidence tab)</source>
        <translation>Allegato alla risposta: %1 (elencato nella scheda Evidenze)</translation>
    </message>
    <message>
        <source>This questionnaire pack is unverified: no trusted publisher vouches for it.</source>
        <translation>Questo questionario non è verificato: nessun editore attendibile lo garantisce.</translation>
    </message>
    <message>
        <source>A newer version of this questionnaire pack is installed (%1; this assessment uses %2). Upgrade to carry your answers over.</source>
        <translation>È installata una versione più recente di questo questionario (%1; questa valutazione usa la %2). Aggiornate per riportare le vostre risposte.</translation>
    </message>
    <message>
        <source>The questionnaire pack changed since this assessment was started; check the answers.</source>
        <translation>Il questionario è cambiato da quando è iniziata questa valutazione; controllate le risposte.</translation>
    </message>
    <message>
        <source>Questions to review after the pack upgrade: %1.</source>
        <translation>Domande da rivedere dopo l&apos;aggiornamento del questionario: %1.</translation>
    </message>
    <message>
        <source>Answers kept from earlier versions of the pack: %1.</source>
        <translation>Risposte conservate dalle versioni precedenti del questionario: %1.</translation>
    </message>
    <message>
        <source>Stored answers that no longer fit the questionnaire: %1. They are kept in the database but not shown.</source>
        <translation>Risposte registrate che non corrispondono più al questionario: %1. Sono conservate nella banca dati ma non vengono mostrate.</translation>
    </message>
    <message>
        <source>The assessment cannot be upgraded</source>
        <translation>La valutazione non può essere aggiornata</translation>
    </message>
    <message>
        <source>Upgrade the questionnaire</source>
        <translation>Aggiorna il questionario</translation>
    </message>
    <message>
        <source>Move this assessment from version %1 to version %2?</source>
        <translation>Portare questa valutazione dalla versione %1 alla versione %2?</translation>
    </message>
    <message>
        <source>The database is backed up first. No answer is deleted: answers that no longer fit are archived and stay visible.</source>
        <translation>Prima viene eseguito un backup della banca dati. Nessuna risposta viene eliminata: le risposte che non corrispondono più sono archiviate e restano visibili.</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>The language was not changed</source>
        <translation>La lingua non è stata cambiata</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Risposte non salvate</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Correggete prima questo: %1</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Modifica cliente</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <source>e.g. Hanbit Clinic</source>
        <translation>ad es. Clinica San Marco</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nome del cliente</translation>
    </message>
    <message>
        <source>Contact person, contract, anything worth remembering about this client</source>
        <translation>Referente, contratto, tutto ciò che conviene ricordare su questo cliente</translation>
    </message>
    <message>
        <source>Notes about the client</source>
        <translation>Note sul cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>A client named “%1” already exists. Choose another name.</source>
        <translation>Esiste già un cliente chiamato «%1». Scegliete un altro nome.</translation>
    </message>
    <message>
        <source>The client was not saved: %1</source>
        <translation>Il cliente non è stato salvato: %1</translation>
    </message>
</context>
<context>
    <name>ClientManager</name>
    <message>
        <source>The client was not deleted</source>
        <translation>Il cliente non è stato eliminato</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Non è stato eliminato nulla: %1</translation>
    </message>
    <message>
        <source>Deleted “%1” (assessments deleted: %2). Backup of the database: %3</source>
        <translation>«%1» eliminato (valutazioni eliminate: %2). Backup della banca dati: %3</translation>
    </message>
    <message>
        <source>Delete the client “%1” and its assessment?</source>
        <translation>Eliminare il cliente «%1» e la sua valutazione?</translation>
    </message>
    <message>
        <source>Delete the client “%1” and all %2 of its assessments?</source>
        <translation>Eliminare il cliente «%1» e tutte le sue %2 valutazioni?</translation>
    </message>
    <message>
        <source>Delete the client “%1”? It has no assessments.</source>
        <translation>Eliminare il cliente «%1»? Non ha valutazioni.</translation>
    </message>
    <message>
        <source>Answers and measure plans are deleted too. This cannot be undone.</source>
        <translation>Vengono eliminati anche le risposte e i piani delle misure. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Elimina cliente</translation>
    </message>
    <message>
        <source>A backup copy of the database is saved next to it first.</source>
        <translation>Prima viene salvata una copia di backup della banca dati accanto a essa.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Confronta</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differenze</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>&amp;Prima</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Dopo</translation>
    </message>
    <message>
        <source>Revision %1 (%2, %3)</source>
        <translation>Versione %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Assessment: %1 — %2</source>
        <translation>Valutazione: %1 — %2</translation>
    </message>
    <message>
        <source>Current work</source>
        <translation>Lavoro attuale</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>Nothing to compare yet: a revision is kept each time the assessment is approved, and other assessments of the same questionnaire are listed here.</source>
        <translation>Ancora niente da confrontare: a ogni approvazione della valutazione viene conservata una versione, e qui compaiono le altre valutazioni dello stesso questionario.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Impossibile confrontare</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Risks (inherent, current, target)</source>
        <translation>Rischi (intrinseco, attuale, obiettivo)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Misure</translation>
    </message>
    <message>
        <source>Section verdicts</source>
        <translation>Esiti delle sezioni</translation>
    </message>
    <message>
        <source>Sections switched off</source>
        <translation>Sezioni disattivate</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Pareri</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenze</translation>
    </message>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>Da “%1” a “%2”</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nessuna modifica</translation>
    </message>
    <message>
        <source>inherent</source>
        <translation>intrinseco</translation>
    </message>
    <message>
        <source>current</source>
        <translation>attuale</translation>
    </message>
    <message>
        <source>target</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>RPD</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Interessati</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Enter a date as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>Inserite una data nel formato AAAA-MM-GG, ad es. 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Scegli una data</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attach &amp;to</source>
        <translation>Allega &amp;a</translation>
    </message>
    <message>
        <source>Attach f&amp;iles…</source>
        <translation>Alle&amp;ga file…</translation>
    </message>
    <message>
        <source>&amp;Open with the system viewer</source>
        <translation>&amp;Apri con il visualizzatore di sistema</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;mina…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Riferito a</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Aggiunto da</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>File allegati</translation>
    </message>
    <message>
        <source>Drop files here or choose them. Each is kept in the data folder under its SHA-256 and never run; it opens only when you ask. Limits: %1 per file, %2 per assessment.</source>
        <translation>Trascina qui i file o sceglili. Ognuno è conservato nella cartella dei dati con il suo SHA-256 e non viene mai eseguito; si apre solo quando lo chiedi. Limiti: %1 per file, %2 per valutazione.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Non allegati</translation>
    </message>
    <message>
        <source>These files were not attached (nothing of them was kept):</source>
        <translation>Questi file non sono stati allegati (non ne è stato conservato nulla):</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Impossibile aprire il file</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>Elimina l&apos;allegato</translation>
    </message>
    <message>
        <source>Delete “%1” from this assessment?

An approved revision that lists it keeps the file until that revision is gone.</source>
        <translation>Eliminare “%1” da questa valutazione?

Una versione approvata che lo elenca conserva il file finché esiste.</translation>
    </message>
    <message>
        <source>The file was not deleted</source>
        <translation>Il file non è stato eliminato</translation>
    </message>
</context>
<context>
    <name>EvidenceTargets</name>
    <message>
        <source>The whole assessment</source>
        <translation>Intera valutazione</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Sezione: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Risposta: %1</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>Misura: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>Export exchange file</source>
        <translation>Esporta file di scambio</translation>
    </message>
    <message>
        <source>AIPIA exchange file (*.aipia)</source>
        <translation>File di scambio AIPIA (*.aipia)</translation>
    </message>
    <message>
        <source>The exchange file was not written</source>
        <translation>Il file di scambio non è stato scritto</translation>
    </message>
    <message>
        <source>Encrypting and writing %1…</source>
        <translation>Cifratura e scrittura di %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Scrittura di %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <source>Import exchange file</source>
        <translation>Importa file di scambio</translation>
    </message>
    <message>
        <source>AIPIA exchange file (*.aipia);;All files (*)</source>
        <translation>File di scambio AIPIA (*.aipia);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Encrypted exchange file</source>
        <translation>File di scambio cifrato</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase di %1:</translation>
    </message>
    <message>
        <source>The exchange file was not imported</source>
        <translation>Il file di scambio non è stato importato</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verifica di %1…</translation>
    </message>
    <message>
        <source>Imported, with a warning</source>
        <translation>Importato, con un avviso</translation>
    </message>
    <message>
        <source>“%1” for %2

Answers: %3
Revisions: %4
Attached files: %5
Encrypted: %6

Import it? An older copy of the same assessment here is replaced only if nothing here would be lost.</source>
        <translation>“%1” per %2

Risposte: %3
Versioni: %4
File allegati: %5
Cifrato: %6

Importarlo? Una copia più vecchia della stessa valutazione presente qui viene sostituita solo se non si perde nulla.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>FeedNotice</name>
    <message>
        <source>A pack feed could not be checked; see Tools → Pack feeds…</source>
        <translation>Non è stato possibile verificare un feed di questionari; vedere Strumenti → Feed dei questionari…</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Pack feeds</source>
        <translation>Feed dei questionari</translation>
    </message>
    <message>
        <source>&amp;Check my feeds for updates when AIPIA starts (at most once a day)</source>
        <translation>&amp;Verifica i miei feed all&apos;avvio di AIPIA (al massimo una volta al giorno)</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Ultima verifica</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Available packs</source>
        <translation>Questionari disponibili</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Questionario</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installato</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Aggiungi feed…</translation>
    </message>
    <message>
        <source>&amp;Remove feed</source>
        <translation>&amp;Rimuovi feed</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Verifica ora</translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation>&amp;Installa…</translation>
    </message>
    <message>
        <source>A feed tells you when a publisher you follow (a regulator, a sector body) releases a new version of its questionnaire pack. AIPIA uses the network only when you check, or at start-up if you turn that on.</source>
        <translation>Un feed vi avvisa quando un editore che seguite (un&apos;autorità, un organismo di settore) pubblica una nuova versione del suo questionario. AIPIA usa la rete solo quando verificate, o all&apos;avvio se attivate questa opzione.</translation>
    </message>
    <message>
        <source>Newer packs the feeds offered at their last check:</source>
        <translation>Questionari più recenti offerti dai feed all&apos;ultima verifica:</translation>
    </message>
    <message>
        <source>What is sent when AIPIA checks a feed on the internet: a secure (HTTPS) request for the feed&apos;s index.json and index.sig, and for a pack&apos;s file when you install it, with only these headers: Host, User-Agent: AIPIA/%1, Accept-Encoding: identity, Connection: close. No cookies, no identifier, nothing about you or your assessments. Plain HTTP and redirects to other sites are refused; your system&apos;s proxy setting is used. A feed in a folder (a USB stick, a shared drive) uses no network.</source>
        <translation>Che cosa viene inviato quando AIPIA verifica un feed su internet: una richiesta sicura (HTTPS) per i file index.json e index.sig del feed, e per il file di un questionario quando lo installate, solo con queste intestazioni: Host, User-Agent: AIPIA/%1, Accept-Encoding: identity, Connection: close. Nessun cookie, nessun identificativo, niente su di voi o sulle vostre valutazioni. HTTP non cifrato e reindirizzamenti ad altri siti sono rifiutati; viene usato il proxy del sistema. Un feed in una cartella (una chiavetta USB, un&apos;unità condivisa) non usa la rete.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installato</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Non ancora verificato</translation>
    </message>
    <message>
        <source>OK (index version %1)</source>
        <translation>OK (indice versione %1)</translation>
    </message>
    <message>
        <source>Feed added. Nothing was fetched: click “Check now”.</source>
        <translation>Feed aggiunto. Non è stato scaricato nulla: fate clic su «Verifica ora».</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Rimuovi feed</translation>
    </message>
    <message>
        <source>Stop following %1? Packs installed from it stay installed.</source>
        <translation>Smettere di seguire %1? I questionari installati da questo feed restano installati.</translation>
    </message>
    <message>
        <source>Checking your feeds…</source>
        <translation>Verifica dei feed in corso…</translation>
    </message>
    <message>
        <source>Checked %1 feed(s): %2 newer pack version(s) offered.</source>
        <translation>Feed verificati: %1; nuove versioni di questionari offerte: %2.</translation>
    </message>
    <message>
        <source>%1 feed(s) could not be checked; see Status.</source>
        <translation>Non è stato possibile verificare %1 feed; vedere Stato.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <translation>Indicazioni</translation>
    </message>
    <message>
        <source>No guidance for this question.</source>
        <translation>Nessuna indicazione per questa domanda.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Select a question to see its guidance here.</source>
        <translation>Selezionate una domanda per vederne qui le indicazioni.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>%5 — likelihood %1, severity %2: level %3, risks here: %4</source>
        <translation>%5 — probabilità %1, gravità %2: livello %3, rischi qui: %4</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>AIPIA help</source>
        <translation>Guida di AIPIA</translation>
    </message>
    <message>
        <source>Choose “New assessment…”, name the client and the AI system, and pick the questionnaire and its language.</source>
        <translation>Scegliete «Nuova valutazione…», indicate il cliente e il sistema di IA, poi il questionario e la sua lingua.</translation>
    </message>
    <message>
        <source>Answer the questions section by section. The panel on the right explains each question and cites its sources. If you do not know an answer, say so: “Unknown” is a valid answer and shows where to look further.</source>
        <translation>Rispondete alle domande sezione per sezione. Il riquadro a destra spiega ogni domanda e ne cita le fonti. Se non conoscete una risposta, ditelo: «Non so» è una risposta valida e indica dove approfondire.</translation>
    </message>
    <message>
        <source>Answers are saved as you type. You can close the app at any time and carry on later where you left off.</source>
        <translation>Le risposte vengono salvate mentre scrivete. Potete chiudere l&apos;applicazione in qualsiasi momento e riprendere più tardi da dove avevate lasciato.</translation>
    </message>
    <message>
        <source>The Risks tab shows, as you answer, which risks your answers raise, why, and what to do. Give each measure an owner, a due date and a status.</source>
        <translation>La scheda Rischi mostra, man mano che rispondete, quali rischi emergono dalle risposte, perché e che cosa fare. Assegnate a ogni misura un responsabile, una scadenza e uno stato.</translation>
    </message>
    <message>
        <source>Create the PDF report with File › Export report. It embeds your answers, so it can be checked and re-imported later.</source>
        <translation>Create la relazione PDF con File › Esporta relazione. Contiene le vostre risposte, quindi può essere verificata e reimportata in seguito.</translation>
    </message>
    <message>
        <source>Next / previous section</source>
        <translation>Sezione successiva / precedente</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Campo successivo / precedente</translation>
    </message>
    <message>
        <source>Table: add row / remove row</source>
        <translation>Tabella: aggiungi / rimuovi riga</translation>
    </message>
    <message>
        <source>Table: move row</source>
        <translation>Tabella: sposta riga</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Salva ora</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta relazione</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>I vostri dati sono conservati in: %1</translation>
    </message>
    <message>
        <source>How to assess an AI system</source>
        <translation>Come valutare un sistema di IA</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastiera</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>History of the judgement</source>
        <translation>Cronologia della valutazione</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Ancora nulla di registrato.</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1 cancellato</translation>
    </message>
    <message>
        <source>%1 set: %2</source>
        <translation>%1 registrato: %2</translation>
    </message>
    <message>
        <source>the rules&apos; step</source>
        <translation>il livello delle regole</translation>
    </message>
    <message>
        <source>by %1 (%2) on %3, at %4</source>
        <translation>da %1 (%2) il %3, al livello %4</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Add client…</source>
        <translation>Aggiungi cliente…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Rename the client or change its notes</source>
        <translation>Rinomina il cliente o modificane le note</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Delete the client and its assessments</source>
        <translation>Elimina il cliente e le sue valutazioni</translation>
    </message>
    <message>
        <source>Rename or edit notes…</source>
        <translation>Rinomina o modifica le note…</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Elimina cliente…</translation>
    </message>
    <message>
        <source>Search by title or client</source>
        <translation>Cerca per titolo o cliente</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>Cerca valutazioni</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtra per stato</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nuova valutazione…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation>Rischio complessivo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>I vostri dati sono conservati in: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Apri la cartella dei dati</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In revisione</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviata</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvata</translation>
    </message>
    <message>
        <source>Active (not archived)</source>
        <translation>Attive (non archiviate)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Apertura dei dati…</translation>
    </message>
    <message>
        <source>No assessments yet.
Choose “New assessment…” to start one: the built-in questionnaire is ready to use.</source>
        <translation>Ancora nessuna valutazione.
Scegliete «Nuova valutazione…» per iniziarne una: il questionario integrato è pronto all&apos;uso.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message>
        <source>Pack missing</source>
        <translation>Questionario mancante</translation>
    </message>
    <message>
        <source>None raised</source>
        <translation>Nessun rischio</translation>
    </message>
</context>
<context>
    <name>JudgementForm</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>LanguageQuestion</name>
    <message>
        <source>Assessment language</source>
        <translation>Lingua della valutazione</translation>
    </message>
    <message>
        <source>This questionnaire is only available in %1.</source>
        <translation>Questo questionario è disponibile solo in %1.</translation>
    </message>
    <message>
        <source>Show this assessment in:</source>
        <translation>Mostra questa valutazione in:</translation>
    </message>
    <message>
        <source>Switch this assessment from %1 to %2?</source>
        <translation>Passare questa valutazione da %1 a %2?</translation>
    </message>
    <message>
        <source>Its questions, guidance and risks will be shown in %1, and its reports will be in %1 unless you choose otherwise. Your answers are kept as they are. The language of menus and buttons does not change (Tools › Preferences).</source>
        <translation>Domande, indicazioni e rischi saranno mostrati in %1, e le relazioni saranno in %1 salvo diversa scelta. Le vostre risposte restano invariate. La lingua di menu e pulsanti non cambia (Strumenti › Preferenze).</translation>
    </message>
    <message>
        <source>Change the assessment language</source>
        <translation>Cambia la lingua della valutazione</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caratteri</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Approved as revision %1 — read-only. Editing starts a new revision; the approved one is kept as it is.</source>
        <translation>Approvata come versione %1 — sola lettura. Per modificarla avvia una nuova versione; quella approvata resta com&apos;è.</translation>
    </message>
    <message>
        <source>Start a &amp;new revision</source>
        <translation>Avvia una &amp;nuova versione</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read-only: this data folder cannot be written, so nothing can be changed.</source>
        <translation>Sola lettura: in questa cartella dei dati non si può scrivere, quindi non si può modificare nulla.</translation>
    </message>
    <message>
        <source>AI privacy impact assessment</source>
        <translation>Valutazione d&apos;impatto dei sistemi di IA sulla privacy</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Ripristina dall&apos;archivio</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivia</translation>
    </message>
    <message>
        <source>This assessment cannot be opened</source>
        <translation>Questa valutazione non può essere aperta</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Risposte non salvate</translation>
    </message>
    <message>
        <source>Some answers could not be saved: %1

Close anyway and lose them?</source>
        <translation>Non è stato possibile salvare alcune risposte: %1

Chiudere comunque e perderle?</translation>
    </message>
    <message>
        <source>All answers are saved. AIPIA saves every answer as you type.</source>
        <translation>Tutte le risposte sono salvate. AIPIA salva ogni risposta mentre scrivete.</translation>
    </message>
    <message>
        <source>%1 (re-assessment)</source>
        <translation>%1 (rivalutazione)</translation>
    </message>
    <message>
        <source>Duplicate as re-assessment</source>
        <translation>Duplica come rivalutazione</translation>
    </message>
    <message>
        <source>Title of the new assessment:</source>
        <translation>Titolo della nuova valutazione:</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifiche richieste</translation>
    </message>
    <message>
        <source>What must change?</source>
        <translation>Che cosa deve cambiare?</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>Lo stato non è stato modificato</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Elimina valutazione</translation>
    </message>
    <message>
        <source>Delete “%1” for %2?

Its answers and measure plans are deleted too. This cannot be undone.</source>
        <translation>Eliminare «%1» per %2?

Vengono eliminati anche le risposte e i piani delle misure. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Export assessment data</source>
        <translation>Esporta i dati della valutazione</translation>
    </message>
    <message>
        <source>AIPIA data (*.json)</source>
        <translation>Dati AIPIA (*.json)</translation>
    </message>
    <message>
        <source>The data was not exported</source>
        <translation>I dati non sono stati esportati</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <source>Import assessment data</source>
        <translation>Importa dati di valutazione</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Il file non è stato importato</translation>
    </message>
    <message>
        <source>Imported, with a warning</source>
        <translation>Importato, con un avviso</translation>
    </message>
    <message>
        <source>About AIPIA</source>
        <translation>Informazioni su AIPIA</translation>
    </message>
    <message>
        <source>Privacy impact assessments of AI systems, offline.</source>
        <translation>Valutazioni d&apos;impatto dei sistemi di IA sulla privacy, offline.</translation>
    </message>
    <message>
        <source>Your answers never leave this computer.</source>
        <translation>Le vostre risposte non lasciano mai questo computer.</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>I vostri dati sono conservati in: %1</translation>
    </message>
</context>
<context>
    <name>MeasurePlanEditor</name>
    <message>
        <source>Who is in charge</source>
        <translation>Chi se ne occupa</translation>
    </message>
    <message>
        <source>Owner of: %1</source>
        <translation>Responsabile di: %1</translation>
    </message>
    <message>
        <source>Due date of: %1</source>
        <translation>Scadenza di: %1</translation>
    </message>
    <message>
        <source>Status of: %1</source>
        <translation>Stato di: %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>★ Key measure: the level after measures assumes it.</source>
        <translation>★ Misura chiave: il livello dopo le misure presuppone che sia attuata.</translation>
    </message>
    <message>
        <source>Nobody plans it: it keeps this risk at %1 with the plan.</source>
        <translation>Nessuno la pianifica: mantiene questo rischio a %1 con il piano.</translation>
    </message>
    <message>
        <source>must do</source>
        <translation>obbligatoria</translation>
    </message>
    <message>
        <source>should do</source>
        <translation>raccomandata</translation>
    </message>
    <message>
        <source>could do</source>
        <translation>facoltativa</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Non ancora pianificata</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificata</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Attuata</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nuova valutazione</translation>
    </message>
    <message>
        <source>e.g. Hanbit Clinic</source>
        <translation>ad es. Clinica San Marco</translation>
    </message>
    <message>
        <source>e.g. Patient-note summariser</source>
        <translation>ad es. Riassunto delle cartelle cliniche</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionario</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>No questionnaire pack is available. Import one with Tools › Questionnaire packs.</source>
        <translation>Nessun questionario disponibile. Importatene uno con Strumenti › Questionari.</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>Enter a whole number, e.g. 12.</source>
        <translation>Inserite un numero intero, ad es. 12.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12 or 3.5.</source>
        <translation>Inserite un numero, ad es. 12 o 3,5.</translation>
    </message>
</context>
<context>
    <name>OfferCard</name>
    <message>
        <source>An update of pack “%1” is available</source>
        <translation>È disponibile un aggiornamento del questionario «%1»</translation>
    </message>
    <message>
        <source>Version %1 (you have %2)</source>
        <translation>Versione %1 (avete la %2)</translation>
    </message>
    <message>
        <source>A new pack is available: “%1”</source>
        <translation>È disponibile un nuovo questionario: «%1»</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>From the feed %1</source>
        <translation>Dal feed %1</translation>
    </message>
    <message>
        <source>The publisher gave no release notes.</source>
        <translation>L&apos;editore non ha fornito note di rilascio.</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Note di rilascio</translation>
    </message>
    <message>
        <source>&amp;Install version %1</source>
        <translation>&amp;Installa la versione %1</translation>
    </message>
    <message>
        <source>Release notes:</source>
        <translation>Note di rilascio:</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>DPO&apos;s opinion</source>
        <translation>Parere del RPD</translation>
    </message>
    <message>
        <source>Opinion of the people concerned</source>
        <translation>Parere degli interessati</translation>
    </message>
    <message>
        <source>They were &amp;asked</source>
        <translation>Sono stati &amp;consultati</translation>
    </message>
    <message>
        <source>&amp;Favourable</source>
        <translation>&amp;Favorevole</translation>
    </message>
    <message>
        <source>&amp;Unfavourable</source>
        <translation>&amp;Sfavorevole</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Who was asked</source>
        <translation>&amp;Chi è stato consultato</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Parere</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Testo</translation>
    </message>
    <message>
        <source>Why &amp;not asked</source>
        <translation>&amp;Perché non consultati</translation>
    </message>
</context>
<context>
    <name>OpinionsBox</name>
    <message>
        <source>DPO</source>
        <translation>RPD</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Interessati</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Pareri</translation>
    </message>
    <message>
        <source>Record the &amp;DPO&apos;s opinion…</source>
        <translation>Registra il parere del &amp;RPD…</translation>
    </message>
    <message>
        <source>Record the people&apos;s &amp;opinion…</source>
        <translation>Registra il parere degli &amp;interessati…</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Non ancora registrato</translation>
    </message>
    <message>
        <source>Not asked: %1</source>
        <translation>Non richiesto: %1</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>Registrato da %1, %2</translation>
    </message>
</context>
<context>
    <name>PackChanges</name>
    <message>
        <source>%1 added (%2)</source>
        <translation>%1 aggiunti (%2)</translation>
    </message>
    <message>
        <source>%1 removed (%2)</source>
        <translation>%1 eliminati (%2)</translation>
    </message>
    <message>
        <source>%1 renamed (%2)</source>
        <translation>%1 rinominati (%2)</translation>
    </message>
    <message>
        <source>%1 changed (%2)</source>
        <translation>%1 modificati (%2)</translation>
    </message>
    <message>
        <source>No question, choice, risk or measure changed.</source>
        <translation>Nessuna domanda, scelta, rischio o misura è cambiata.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Rischi</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Misure</translation>
    </message>
    <message>
        <source>Choices of %1</source>
        <translation>Scelte di %1</translation>
    </message>
    <message>
        <source>Answers kept: %1</source>
        <translation>Risposte conservate: %1</translation>
    </message>
    <message>
        <source>Answers moved to renamed questions: %1</source>
        <translation>Risposte spostate su domande rinominate: %1</translation>
    </message>
    <message>
        <source>Answers archived (kept and shown, never deleted): %1</source>
        <translation>Risposte archiviate (conservate e mostrate, mai eliminate): %1</translation>
    </message>
    <message>
        <source>Questions to review: %1</source>
        <translation>Domande da rivedere: %1</translation>
    </message>
    <message>
        <source>New in this version of the questionnaire: please answer it.</source>
        <translation>Nuova in questa versione del questionario: rispondete.</translation>
    </message>
    <message>
        <source>Changed in the new version of the questionnaire: check your answer.</source>
        <translation>Modificata nella nuova versione del questionario: controllate la risposta.</translation>
    </message>
    <message>
        <source>Your earlier answer no longer fits this question and was archived: please answer again.</source>
        <translation>La risposta precedente non corrisponde più a questa domanda ed è stata archiviata: rispondete di nuovo.</translation>
    </message>
    <message>
        <source>The publisher removed the question.</source>
        <translation>L&apos;editore ha eliminato la domanda.</translation>
    </message>
    <message>
        <source>The question is no longer in the questionnaire.</source>
        <translation>La domanda non è più presente nel questionario.</translation>
    </message>
    <message>
        <source>The answer no longer fits the changed question.</source>
        <translation>La risposta non corrisponde più alla domanda modificata.</translation>
    </message>
    <message>
        <source>Another answer moved to the same question.</source>
        <translation>Un&apos;altra risposta è stata spostata sulla stessa domanda.</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Questionnaire packs</source>
        <translation>Questionari</translation>
    </message>
    <message>
        <source>Installed packs</source>
        <translation>Questionari installati</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificativo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editore</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>&amp;Import pack folder…</source>
        <translation>&amp;Importa una cartella di questionario…</translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation>Importa un &amp;pacchetto…</translation>
    </message>
    <message>
        <source>Problems found in the pack</source>
        <translation>Problemi rilevati nel questionario</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>&amp;Questionari</translation>
    </message>
    <message>
        <source>&amp;Trusted keys</source>
        <translation>&amp;Chiavi attendibili</translation>
    </message>
    <message>
        <source>Installed questionnaire packs:</source>
        <translation>Questionari installati:</translation>
    </message>
    <message>
        <source>Signed bundle</source>
        <translation>Pacchetto firmato</translation>
    </message>
    <message>
        <source>Unsigned bundle</source>
        <translation>Pacchetto non firmato</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integrato</translation>
    </message>
    <message>
        <source>Imported folder</source>
        <translation>Cartella importata</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificato</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non verificato</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>scaduta il %1</translation>
    </message>
    <message>
        <source>Comes with AIPIA.</source>
        <translation>Incluso in AIPIA.</translation>
    </message>
    <message>
        <source>Signed by a trusted key: %1</source>
        <translation>Firmato con una chiave attendibile: %1</translation>
    </message>
    <message>
        <source>Signed by a key you do not trust: %1</source>
        <translation>Firmato con una chiave che non considerate attendibile: %1</translation>
    </message>
    <message>
        <source>Not signed: no publisher vouches for this pack.</source>
        <translation>Non firmato: nessun editore garantisce questo questionario.</translation>
    </message>
    <message>
        <source>Choose a pack folder</source>
        <translation>Scegli una cartella di questionario</translation>
    </message>
    <message>
        <source>Choose a pack bundle</source>
        <translation>Scegli un pacchetto di questionario</translation>
    </message>
    <message>
        <source>Pack bundles (*.aipack);;All files (*)</source>
        <translation>Pacchetti di questionario (*.aipack);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The pack was not installed: %1</source>
        <translation>Il questionario non è stato installato: %1</translation>
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation>%1 non è stato installato.</translation>
    </message>
    <message>
        <source>Unverified pack</source>
        <translation>Questionario non verificato</translation>
    </message>
    <message>
        <source>%1 is signed by a key you do not trust yet.</source>
        <translation>%1 è firmato con una chiave che non considerate ancora attendibile.</translation>
    </message>
    <message>
        <source>Fingerprint of the key:
%1

Compare it with the fingerprint the publisher gives, for example on its web site. Trust the key only if they are the same; otherwise you can install the pack marked as unverified.</source>
        <translation>Impronta della chiave:
%1

Confrontatela con l&apos;impronta indicata dall&apos;editore, ad esempio sul suo sito web. Considerate attendibile la chiave solo se coincidono; altrimenti potete installare il questionario contrassegnato come non verificato.</translation>
    </message>
    <message>
        <source>&amp;Trust this key and install</source>
        <translation>&amp;Considera attendibile la chiave e installa</translation>
    </message>
    <message>
        <source>%1 is not signed: nobody vouches for its content.</source>
        <translation>%1 non è firmato: nessuno ne garantisce il contenuto.</translation>
    </message>
    <message>
        <source>Install it only if you know where it comes from. It will be marked as unverified in the list of packs, in its assessments and on their reports.</source>
        <translation>Installatelo solo se ne conoscete la provenienza. Sarà contrassegnato come non verificato nell&apos;elenco dei questionari, nelle sue valutazioni e nelle relative relazioni.</translation>
    </message>
    <message>
        <source>Install as &amp;unverified</source>
        <translation>Installa come &amp;non verificato</translation>
    </message>
    <message>
        <source>The pack in %1 was not installed. Problems found: %2</source>
        <translation>Il questionario in %1 non è stato installato. Problemi rilevati: %2</translation>
    </message>
    <message>
        <source>Installed %1 %2.</source>
        <translation>%1 %2 installato.</translation>
    </message>
    <message>
        <source>It is marked unverified: no trusted publisher vouches for it.</source>
        <translation>È contrassegnato come non verificato: nessun editore attendibile lo garantisce.</translation>
    </message>
    <message>
        <source>What changed since %1:</source>
        <translation>Che cosa è cambiato dalla %1:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Export exchange file</source>
        <translation>Esporta file di scambio</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (for e-mail)</source>
        <translation>&amp;Cifra con una passphrase (per l&apos;invio via e-mail)</translation>
    </message>
    <message>
        <source>Give the passphrase to the recipient another way (by phone, not in the same e-mail). Without it the file cannot be opened.</source>
        <translation>Comunica la passphrase al destinatario in un altro modo (per telefono, non nella stessa e-mail). Senza di essa il file non si può aprire.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Ripetila</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>La passphrase è troppo corta: usa almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Le due passphrase sono diverse; digitale di nuovo.</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>The questionnaire leaves this risk to you to rate: use Rate below.</source>
        <translation>Il questionario lascia a voi la valutazione di questo rischio: usate Valuta qui sotto.</translation>
    </message>
    <message>
        <source>Rated by the assessor.</source>
        <translation>Valutato dal valutatore.</translation>
    </message>
    <message>
        <source>Rated by the assessor; the rules say %1.</source>
        <translation>Valutato dal valutatore; secondo le regole: %1.</translation>
    </message>
    <message>
        <source>Kept at %1 with the plan by measures nobody plans: %2</source>
        <translation>Mantenuto a %1 con il piano da misure che nessuno pianifica: %2</translation>
    </message>
    <message>
        <source>Kept at %1 today by measures not done yet: %2</source>
        <translation>Mantenuto a %1 oggi da misure non ancora attuate: %2</translation>
    </message>
</context>
<context>
    <name>ProposalTree</name>
    <message>
        <source>Question or column</source>
        <translation>Domanda o colonna</translation>
    </message>
    <message>
        <source>Proposed answer</source>
        <translation>Risposta proposta</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Letta da</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Risposta attuale</translation>
    </message>
    <message>
        <source>Proposed answers</source>
        <translation>Risposte proposte</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modello: %1</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Altre domande</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation>Cancella questa risposta</translation>
    </message>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>Cancella la risposta a: %1</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Allega…</translation>
    </message>
    <message>
        <source>Attach a file as evidence for this answer (or drop files on the question)</source>
        <translation>Allega un file come evidenza di questa risposta (o trascina i file sulla domanda)</translation>
    </message>
    <message>
        <source>Attach evidence to: %1</source>
        <translation>Allega un&apos;evidenza a: %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obbligatoria</translation>
    </message>
    <message>
        <source>Nothing to choose from yet: answer “%1” first.</source>
        <translation>Ancora niente da scegliere: rispondete prima a «%1».</translation>
    </message>
    <message>
        <source>Scan a model folder…</source>
        <translation>Analizza una cartella di modelli…</translation>
    </message>
    <message>
        <source>Read model files on this computer and propose answers</source>
        <translation>Legge i file dei modelli su questo computer e propone risposte</translation>
    </message>
</context>
<context>
    <name>RateForm</name>
    <message>
        <source>Why the likelihood or severity is not what the rules say</source>
        <translation>Perché la probabilità o la gravità non è quella indicata dalle regole</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Salva la valutazione</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Cancella la valutazione</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Probabilità:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravità:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Motivazione:</translation>
    </message>
    <message>
        <source>Choose a step</source>
        <translation>Scegliete un livello</translation>
    </message>
    <message>
        <source>Keep the rules&apos; step (%1)</source>
        <translation>Mantieni il livello delle regole (%1)</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Saved: %1, by %2 on %3.</source>
        <translation>Salvato: %1, da %2 il %3.</translation>
    </message>
    <message>
        <source>No rating of yours yet: the rules&apos; levels are used.</source>
        <translation>Nessuna vostra valutazione: valgono i livelli delle regole.</translation>
    </message>
    <message>
        <source>The answers changed since this rating: the rules now say %1. Check that your rating still holds.</source>
        <translation>Le risposte sono cambiate dopo questa valutazione: ora le regole indicano %1. Verificate che la vostra valutazione sia ancora valida.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Switch a section off</source>
        <translation>Disattivare una sezione</translation>
    </message>
    <message>
        <source>Why does “%1” not apply to this assessment? The reason is kept with your name and shown in the report.</source>
        <translation>Perché «%1» non si applica a questa valutazione? Il motivo è conservato con il vostro nome e riportato nel rapporto.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 di %2 caratteri</translation>
    </message>
</context>
<context>
    <name>ReasonsPanel</name>
    <message>
        <source>Details for auditors</source>
        <translation>Dettagli per i revisori</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Level chosen by</source>
        <translation>Livello stabilito da</translation>
    </message>
    <message>
        <source>Answers the rules read</source>
        <translation>Risposte lette dalle regole</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Create report</source>
        <translation>Crea relazione</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Modello di relazione</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Lingua della relazione</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Salva la relazione come</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Stato della relazione</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>Crea PDF</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Apri PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modello</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation>&amp;Confronta con</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Salva come</translation>
    </message>
    <message>
        <source>Reports cannot be created on this installation: %1</source>
        <translation>Su questa installazione non è possibile creare relazioni: %1</translation>
    </message>
    <message>
        <source>The pack&apos;s own template</source>
        <translation>Il modello proprio del questionario</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another place.</source>
        <translation>La cartella %1 non esiste; scegliete un&apos;altra posizione.</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Creazione della relazione…</translation>
    </message>
    <message>
        <source>Create file</source>
        <translation>Crea il file</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Apri il file</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>Impaginazione della pagina %1…</translation>
    </message>
    <message>
        <source>Writing %1 pages…</source>
        <translation>Scrittura di %1 pagine…</translation>
    </message>
    <message>
        <source>Preparing the layout…</source>
        <translation>Preparazione dell&apos;impaginazione…</translation>
    </message>
    <message>
        <source>Filling in the template…</source>
        <translation>Compilazione del modello…</translation>
    </message>
    <message>
        <source>Starting the PDF engine…</source>
        <translation>Avvio del motore PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Relazione salvata: %1</translation>
    </message>
    <message>
        <source>(pages: %1)</source>
        <translation>(pagine: %1)</translation>
    </message>
    <message>
        <source>The report could not be created: %1</source>
        <translation>Non è stato possibile creare la relazione: %1</translation>
    </message>
    <message>
        <source>Cancelled; no report was saved.</source>
        <translation>Annullato; non è stata salvata alcuna relazione.</translation>
    </message>
    <message>
        <source>The report is saved, but no program to open PDF files was found. Find the file “%1” in the folder %2.</source>
        <translation>La relazione è salvata, ma non è stato trovato alcun programma per aprire i file PDF. Il file «%1» si trova nella cartella %2.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>File format</source>
        <translation>Formato del file</translation>
    </message>
    <message>
        <source>PDF (the record of an approved revision)</source>
        <translation>PDF (la registrazione di una versione approvata)</translation>
    </message>
    <message>
        <source>Word document (.docx), to edit</source>
        <translation>Documento Word (.docx), modificabile</translation>
    </message>
    <message>
        <source>Action plan as a spreadsheet (.xlsx)</source>
        <translation>Piano d&apos;azione come foglio di calcolo (.xlsx)</translation>
    </message>
    <message>
        <source>Action plan as CSV (.csv)</source>
        <translation>Piano d&apos;azione in CSV (.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento Word (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Compare with revision</source>
        <translation>Confronta con la versione</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Nessun confronto</translation>
    </message>
    <message>
        <source>Revision %1 (appendix of what changed since)</source>
        <translation>Versione %1 (appendice delle modifiche da allora)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Eseguito il</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>AIPIA keeps a copy of your database at the first change of each day, and before every update of the database or of a questionnaire pack. Restoring a backup replaces all your current data with it; the current database is kept as a backup first.</source>
        <translation>AIPIA conserva una copia della banca dati alla prima modifica di ogni giorno e prima di ogni aggiornamento della banca dati o di un questionario. Ripristinare un backup sostituisce tutti i dati attuali; la banca dati attuale viene prima conservata come backup.</translation>
    </message>
    <message>
        <source>AIPIA cannot use your database:</source>
        <translation>AIPIA non può usare la vostra banca dati:</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Ancora nessun backup.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danneggiato</translation>
    </message>
    <message>
        <source>Before the database was updated</source>
        <translation>Prima dell&apos;aggiornamento della banca dati</translation>
    </message>
    <message>
        <source>Before assessment %1 moved to a newer pack</source>
        <translation>Prima del passaggio della valutazione %1 a un questionario più recente</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Giornaliero</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Eseguito su richiesta</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Sostituito da un ripristino</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Ripristinare questo backup?</translation>
    </message>
    <message>
        <source>Replace all your current data with the backup made on %1 (%2 assessments)?

The current database is kept as a backup first, so this can be undone.</source>
        <translation>Sostituire tutti i dati attuali con il backup del %1 (%2 valutazioni)?

La banca dati attuale viene prima conservata come backup, quindi l&apos;operazione può essere annullata.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Il backup non è stato ripristinato</translation>
    </message>
    <message>
        <source>Restored the backup; your previous data was kept as a backup.</source>
        <translation>Backup ripristinato; i dati precedenti sono stati conservati come backup.</translation>
    </message>
</context>
<context>
    <name>ReviewSync</name>
    <message>
        <source>Reviewer&apos;s verdict: %1</source>
        <translation>Esito del revisore: %1</translation>
    </message>
</context>
<context>
    <name>ReviewTrail</name>
    <message>
        <source>When (UTC)</source>
        <translation>Data (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Review trail</source>
        <translation>Cronologia della revisione</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>versione %1</translation>
    </message>
    <message>
        <source>Whole assessment</source>
        <translation>Intera valutazione</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>&amp;Send to review</source>
        <translation>&amp;Invia in revisione</translation>
    </message>
    <message>
        <source>Request c&amp;hanges…</source>
        <translation>Richiedi mo&amp;difiche…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprova…</translation>
    </message>
    <message>
        <source>Start a &amp;new revision</source>
        <translation>Avvia una &amp;nuova versione</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Confronta…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>last approved: revision %1 (%2, %3)</source>
        <translation>ultima approvazione: versione %1 (%2, %3)</translation>
    </message>
    <message>
        <source>working on revision %1</source>
        <translation>versione %1 in lavorazione</translation>
    </message>
    <message>
        <source>sections to fix: %1</source>
        <translation>sezioni da correggere: %1</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>Lo stato non è stato modificato</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Richiedi modifiche</translation>
    </message>
    <message>
        <source>What must change?</source>
        <translation>Cosa deve cambiare?</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Approve this assessment as revision %1. Comment (optional):</source>
        <translation>Approva questa valutazione come versione %1. Commento (facoltativo):</translation>
    </message>
    <message>
        <source>No new revision was started</source>
        <translation>Nessuna nuova versione è stata avviata</translation>
    </message>
    <message>
        <source>The verdict was not recorded</source>
        <translation>L&apos;esito non è stato registrato</translation>
    </message>
    <message>
        <source>The comment was not recorded</source>
        <translation>Il commento non è stato registrato</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>Acceptable</source>
        <translation>Accettabile</translation>
    </message>
    <message>
        <source>Improvable</source>
        <translation>Migliorabile</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>Da correggere</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In revisione</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvata</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviata</translation>
    </message>
    <message>
        <source>Sent to review</source>
        <translation>Inviata in revisione</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifiche richieste</translation>
    </message>
    <message>
        <source>New revision started</source>
        <translation>Avviata una nuova versione</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Ripristinata</translation>
    </message>
    <message>
        <source>Favourable</source>
        <translation>Favorevole</translation>
    </message>
    <message>
        <source>Unfavourable</source>
        <translation>Sfavorevole</translation>
    </message>
</context>
<context>
    <name>RiskDetail</name>
    <message>
        <source>Why this risk is raised</source>
        <translation>Perché questo rischio è sollevato</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Misure</translation>
    </message>
    <message>
        <source>The pack names no measure for this risk.</source>
        <translation>Il questionario non indica misure per questo rischio.</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>La vostra valutazione</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Trattamento</translation>
    </message>
    <message>
        <source>Accept residual risk</source>
        <translation>Accetta il rischio residuo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>Before measures</source>
        <translation>Prima delle misure</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>With the plan</source>
        <translation>Con il piano</translation>
    </message>
    <message>
        <source>Where the risk stands before any measure.</source>
        <translation>Il livello del rischio prima di qualsiasi misura.</translation>
    </message>
    <message>
        <source>Counting only the measures that are done.</source>
        <translation>Contando solo le misure attuate.</translation>
    </message>
    <message>
        <source>Counting the measures done, in progress or planned; a measure nobody plans lowers nothing.</source>
        <translation>Contando le misure attuate, in corso o pianificate; una misura che nessuno pianifica non riduce nulla.</translation>
    </message>
    <message>
        <source>To be rated</source>
        <translation>Da valutare</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Ridurre</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accettare</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evitare</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferire</translation>
    </message>
    <message>
        <source>Lower the likelihood or the severity with measures.</source>
        <translation>Ridurre la probabilità o la gravità con delle misure.</translation>
    </message>
    <message>
        <source>Live with the risk as it is, knowingly.</source>
        <translation>Convivere consapevolmente con il rischio così com&apos;è.</translation>
    </message>
    <message>
        <source>Stop or change the processing so the risk no longer arises.</source>
        <translation>Interrompere o modificare il trattamento perché il rischio non si presenti più.</translation>
    </message>
    <message>
        <source>Share the risk with another party, e.g. by contract or insurance.</source>
        <translation>Condividere il rischio con un terzo, ad es. tramite contratto o assicurazione.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Trattamento</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Accettazione</translation>
    </message>
</context>
<context>
    <name>RisksView</name>
    <message>
        <source>Risk register</source>
        <translation>Registro dei rischi</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Mappa di calore</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <source>Answer the questionnaire: the risks your answers raise appear here, with what to do about them.</source>
        <translation>Rispondete al questionario: i rischi che emergono dalle risposte compariranno qui, con che cosa fare.</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <source>at most %1 characters</source>
        <translation>al massimo %1 caratteri</translation>
    </message>
    <message>
        <source>enter a number, e.g. 12 or 3.5</source>
        <translation>inserite un numero, ad es. 12 o 3,5</translation>
    </message>
    <message>
        <source>enter a whole number, e.g. 12</source>
        <translation>inserite un numero intero, ad es. 12</translation>
    </message>
    <message>
        <source>enter a date as YYYY-MM-DD</source>
        <translation>inserite una data nel formato AAAA-MM-GG</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan a model folder</source>
        <translation>Analizza una cartella di modelli</translation>
    </message>
    <message>
        <source>AIPIA reads the model files on this computer (it never runs them) and proposes answers, each with the file it was read from. Tick what to fill in; answers you already gave change only if you tick them.</source>
        <translation>AIPIA legge i file dei modelli su questo computer (senza mai eseguirli) e propone risposte, ciascuna con il file da cui è stata letta. Spuntate ciò che va compilato; le risposte già date cambiano solo se le spuntate.</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Scegli una &amp;cartella…</translation>
    </message>
    <message>
        <source>Choose f&amp;iles…</source>
        <translation>Scegli dei &amp;file…</translation>
    </message>
    <message>
        <source>Compute the SHA-256 of every file (slow for large models)</source>
        <translation>Calcola lo SHA-256 di ogni file (lento per i modelli grandi)</translation>
    </message>
    <message>
        <source>Messages about the files</source>
        <translation>Messaggi sui file</translation>
    </message>
    <message>
        <source>Fill in &amp;ticked answers</source>
        <translation>&amp;Compila le risposte spuntate</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Scegli una cartella di modelli</translation>
    </message>
    <message>
        <source>Choose model files</source>
        <translation>Scegli i file dei modelli</translation>
    </message>
    <message>
        <source>Model files (*.safetensors *.gguf *.bin *.pt *.pth *.ckpt *.onnx);;All files (*)</source>
        <translation>File dei modelli (*.safetensors *.gguf *.bin *.pt *.pth *.ckpt *.onnx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lettura dei file…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <source>Computing SHA-256 of %1</source>
        <translation>Calcolo dello SHA-256 di %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>The scan stopped: %1</source>
        <translation>L&apos;analisi si è interrotta: %1</translation>
    </message>
    <message>
        <source>Cancelled: the results below are incomplete.</source>
        <translation>Annullato: i risultati qui sotto sono incompleti.</translation>
    </message>
    <message>
        <source>Models found: %1.</source>
        <translation>Modelli trovati: %1.</translation>
    </message>
    <message>
        <source>Files changed since the scan of %1: %2.</source>
        <translation>File modificati dall&apos;analisi del %1: %2.</translation>
    </message>
    <message>
        <source>No file changed since the scan of %1.</source>
        <translation>Nessun file modificato dall&apos;analisi del %1.</translation>
    </message>
    <message>
        <source>Nothing to fill in.</source>
        <translation>Niente da compilare.</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <source>Scores</source>
        <translation>Punteggi</translation>
    </message>
    <message>
        <source>not yet scored</source>
        <translation>non ancora valutato</translation>
    </message>
</context>
<context>
    <name>SectionSidebar</name>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non iniziata</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Da rivedere</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Disattivata</translation>
    </message>
</context>
<context>
    <name>SectionSwitch</name>
    <message>
        <source>Switched off by %1 on %2: %3</source>
        <translation>Disattivata da %1 il %2: %3</translation>
    </message>
    <message>
        <source>Switch this section on again</source>
        <translation>Riattivare questa sezione</translation>
    </message>
    <message>
        <source>This section is optional: switch it off if it does not apply, with a reason.</source>
        <translation>Questa sezione è facoltativa: disattivatela se non si applica, indicando un motivo.</translation>
    </message>
    <message>
        <source>Switch this section off…</source>
        <translation>Disattivare questa sezione…</translation>
    </message>
</context>
<context>
    <name>SectionVerdicts</name>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sections and their verdicts</source>
        <translation>Sezioni e relativi esiti</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Esito</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mmento</translation>
    </message>
    <message>
        <source>What is good, what must change</source>
        <translation>Cosa va bene, cosa deve cambiare</translation>
    </message>
    <message>
        <source>&amp;Record verdict</source>
        <translation>&amp;Registra l&apos;esito</translation>
    </message>
    <message>
        <source>Add comment onl&amp;y</source>
        <translation>Aggiungi solo un commento (&amp;Y)</translation>
    </message>
    <message>
        <source>Verdicts are given while the assessment is in review.</source>
        <translation>Gli esiti si danno mentre la valutazione è in revisione.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>e.g. Seoul Privacy Consulting</source>
        <translation>ad es. Studio Privacy Milano</translation>
    </message>
    <message>
        <source>Consultancy name</source>
        <translation>Nome dello studio</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Scegli logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Rimuovi logo</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Colore principale</translation>
    </message>
    <message>
        <source>e.g. Kim Minji</source>
        <translation>es. Giulia Rossi</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Largest attached file</source>
        <translation>Dimensione massima di un allegato</translation>
    </message>
    <message>
        <source>All attached files of one assessment</source>
        <translation>Tutti gli allegati di una valutazione</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generali</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>Report branding</source>
        <translation>Personalizzazione delle relazioni</translation>
    </message>
    <message>
        <source>Consultancy &amp;name</source>
        <translation>&amp;Nome dello studio</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Review and evidence</source>
        <translation>Revisione ed evidenze</translation>
    </message>
    <message>
        <source>&amp;Your name (kept in the review trail)</source>
        <translation>Il &amp;tuo nome (registrato nella cronologia della revisione)</translation>
    </message>
    <message>
        <source>Largest attached &amp;file</source>
        <translation>Dimensione massima di un &amp;file allegato</translation>
    </message>
    <message>
        <source>All files of one &amp;assessment</source>
        <translation>Tutti i file di una &amp;valutazione</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Scegli un logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
</context>
<context>
    <name>StageMaps</name>
    <message>
        <source>Heat map: %1</source>
        <translation>Mappa dei rischi: %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>AIPIA could not open its data folder:

%1

Nothing was changed. Start AIPIA with --data-dir to use another folder.</source>
        <translation>AIPIA non è riuscito ad aprire la cartella dei dati:

%1

Non è stato modificato nulla. Avviate AIPIA con --data-dir per usare un&apos;altra cartella.</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>No risk is raised by the answers so far.</source>
        <translation>Finora le risposte non sollevano alcun rischio.</translation>
    </message>
    <message>
        <source>Risks raised: %1. Highest level today: %2.</source>
        <translation>Rischi sollevati: %1. Livello più alto oggi: %2.</translation>
    </message>
    <message>
        <source>none rated yet</source>
        <translation>nessuno ancora valutato</translation>
    </message>
    <message>
        <source>To be rated: %1</source>
        <translation>Da valutare: %1</translation>
    </message>
    <message>
        <source>Rated by the assessor: %1</source>
        <translation>Valutati dal valutatore: %1</translation>
    </message>
    <message>
        <source>Kept high by unplanned measures: %1</source>
        <translation>Tenuti alti da misure non pianificate: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Accettati: %1</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Aggiungi riga</translation>
    </message>
    <message>
        <source>Edit row…</source>
        <translation>Modifica riga…</translation>
    </message>
    <message>
        <source>Every column of the selected row in a form (Ctrl+Shift+E, or double-click the row number)</source>
        <translation>Tutte le colonne della riga selezionata in un modulo (Ctrl+Maiusc+E, o doppio clic sul numero di riga)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Rimuovi riga</translation>
    </message>
    <message>
        <source>Move the row up (Ctrl+Shift+Up)</source>
        <translation>Sposta la riga in alto (Ctrl+Maiusc+Su)</translation>
    </message>
    <message>
        <source>Move the row down (Ctrl+Shift+Down)</source>
        <translation>Sposta la riga in basso (Ctrl+Maiusc+Giù)</translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>Riga %1 di %2</translation>
    </message>
    <message>
        <source>Not asked for this row</source>
        <translation>Non richiesto per questa riga</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>The text is %1 characters long; shorten it to at most %2. Until then it is not saved.</source>
        <translation>Il testo è lungo %1 caratteri; accorciatelo ad al massimo %2. Fino ad allora non viene salvato.</translation>
    </message>
</context>
<context>
    <name>TreatmentForm</name>
    <message>
        <source>Treatment</source>
        <translation>Trattamento</translation>
    </message>
    <message>
        <source>Why this treatment suits the risk</source>
        <translation>Perché questo trattamento è adatto al rischio</translation>
    </message>
    <message>
        <source>Save treatment</source>
        <translation>Salva il trattamento</translation>
    </message>
    <message>
        <source>Clear treatment</source>
        <translation>Cancella il trattamento</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>&amp;Trattamento:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Motivazione:</translation>
    </message>
    <message>
        <source>Saved: %1, by %2 on %3.</source>
        <translation>Salvato: %1, da %2 il %3.</translation>
    </message>
    <message>
        <source>No treatment chosen yet.</source>
        <translation>Nessun trattamento ancora scelto.</translation>
    </message>
</context>
<context>
    <name>TrustedKeysPane</name>
    <message>
        <source>Trusted keys</source>
        <translation>Chiavi attendibili</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impronta</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>&amp;Add key file…</source>
        <translation>&amp;Aggiungi file di chiave…</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Rimuovi chiave</translation>
    </message>
    <message>
        <source>Packs signed with one of these keys are shown as verified. Before you add a key, compare its fingerprint with the one its publisher gives.</source>
        <translation>I questionari firmati con una di queste chiavi risultano verificati. Prima di aggiungere una chiave, confrontatene l&apos;impronta con quella indicata dall&apos;editore.</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integrato</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Aggiunta %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Choose a public key or a signed bundle</source>
        <translation>Scegli una chiave pubblica o un pacchetto firmato</translation>
    </message>
    <message>
        <source>Public keys and bundles (*.pub *.pem *.aipack);;All files (*)</source>
        <translation>Chiavi pubbliche e pacchetti (*.pub *.pem *.aipack);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>the bundle is not signed</source>
        <translation>il pacchetto non è firmato</translation>
    </message>
    <message>
        <source>No key was added: %1</source>
        <translation>Nessuna chiave aggiunta: %1</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>Considerare attendibile questa chiave?</translation>
    </message>
    <message>
        <source>Trust the key in %1, with the fingerprint

%2

only if it is the fingerprint its publisher gives.</source>
        <translation>Considerate attendibile la chiave in %1, con l&apos;impronta

%2

solo se è l&apos;impronta indicata dal suo editore.</translation>
    </message>
    <message>
        <source>Trusted %1: %2</source>
        <translation>%1 considerata attendibile: %2</translation>
    </message>
    <message>
        <source>Stop trusting this key?</source>
        <translation>Non considerare più attendibile questa chiave?</translation>
    </message>
    <message>
        <source>Stop trusting %1? Packs it signed stay installed but are shown as unverified.</source>
        <translation>Non considerare più attendibile %1? I questionari firmati con essa restano installati ma risultano non verificati.</translation>
    </message>
    <message>
        <source>%1 is no longer trusted.</source>
        <translation>%1 non è più considerata attendibile.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Pack updates</source>
        <translation>Aggiornamenti dei questionari</translation>
    </message>
    <message>
        <source>Publishers you follow have released new versions of their questionnaire packs. Nothing is installed until you click Install.</source>
        <translation>Gli editori che seguite hanno pubblicato nuove versioni dei loro questionari. Nulla viene installato finché non fate clic su Installa.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
    </message>
    <message>
        <source>Another download is still running; try again in a moment.</source>
        <translation>È ancora in corso un altro scaricamento; riprovate tra un momento.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Scaricamento…</translation>
    </message>
    <message>
        <source>Installed %1 %2.</source>
        <translation>%1 %2 installato.</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Non installato: %1</translation>
    </message>
    <message>
        <source>These assessments use an older version; upgrade each to carry its answers over:</source>
        <translation>Queste valutazioni usano una versione precedente; aggiornatele una per una per riportarne le risposte:</translation>
    </message>
    <message>
        <source>“%1” (%2) uses version %3</source>
        <translation>«%1» (%2) usa la versione %3</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Aggiorna…</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>The section was not switched</source>
        <translation>La sezione non è stata modificata</translation>
    </message>
    <message>
        <source>these answers cannot be saved as they are: %1</source>
        <translation>queste risposte non possono essere salvate così come sono: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>Not saved: fix the answer marked in red</source>
        <translation>Non salvato: correggete la risposta segnata in rosso</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tutte le modifiche sono salvate</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Save state</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Sezione precedente (Ctrl+PgSu)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 di %2 con risposta</translation>
    </message>
    <message>
        <source>See the &amp;risks</source>
        <translation>Vedi i &amp;rischi</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Sezione successiva (Ctrl+PgGiù)</translation>
    </message>
</context>
<context>
    <name>YourName</name>
    <message>
        <source>Recorded with each rating, treatment and acceptance</source>
        <translation>Registrato con ogni valutazione, trattamento e accettazione</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il vostro nome</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il vostro &amp;nome:</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcceptForm</name>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Date of the acceptance</source>
        <translation>Date de l&apos;acceptation</translation>
    </message>
    <message>
        <source>Note, e.g. whether the authority was consulted</source>
        <translation>Note, p. ex. si l&apos;autorité a été consultée</translation>
    </message>
    <message>
        <source>Accept residual risk</source>
        <translation>Accepter le risque résiduel</translation>
    </message>
    <message>
        <source>Clear acceptance</source>
        <translation>Effacer l&apos;acceptation</translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation>Accepté &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Accept what remains of this risk with the plan: %1.</source>
        <translation>Accepter ce qui reste de ce risque avec le plan : %1.</translation>
    </message>
    <message>
        <source>Accepted by %1 (%2) on %3, at %4.</source>
        <translation>Accepté par %1 (%2) le %3, au niveau %4.</translation>
    </message>
    <message>
        <source>Not accepted yet.</source>
        <translation>Pas encore accepté.</translation>
    </message>
    <message>
        <source>The risk with the plan is now above the level that was accepted: accept it again or lower it.</source>
        <translation>Avec le plan, le risque dépasse maintenant le niveau accepté : acceptez-le de nouveau ou réduisez-le.</translation>
    </message>
    <message>
        <source>Rate the risk first: there is nothing to accept until it has a level.</source>
        <translation>Estimez d&apos;abord le risque : il n&apos;y a rien à accepter tant qu&apos;il n&apos;a pas de niveau.</translation>
    </message>
    <message>
        <source>A residual %1 risk cannot be accepted under the questionnaire&apos;s policy.</source>
        <translation>Un risque résiduel %1 ne peut pas être accepté selon la politique du questionnaire.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle analyse…</translation>
    </message>
    <message>
        <source>&amp;Open assessment</source>
        <translation>&amp;Ouvrir l&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Export assessment &amp;data…</source>
        <translation>Exporter les &amp;données de l&apos;analyse…</translation>
    </message>
    <message>
        <source>&amp;Import assessment data…</source>
        <translation>&amp;Importer des données d&apos;analyse…</translation>
    </message>
    <message>
        <source>&amp;Back to all assessments</source>
        <translation>&amp;Retour à toutes les analyses</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Duplicate as re-assessment…</source>
        <translation>&amp;Dupliquer pour une réévaluation…</translation>
    </message>
    <message>
        <source>Change the assessment &amp;language…</source>
        <translation>Changer la &amp;langue de l&apos;analyse…</translation>
    </message>
    <message>
        <source>Mark as d&amp;raft</source>
        <translation>Marquer comme &amp;brouillon</translation>
    </message>
    <message>
        <source>Mark as in re&amp;view</source>
        <translation>Marquer comme en &amp;relecture</translation>
    </message>
    <message>
        <source>&amp;Export report (PDF, Word, Excel)…</source>
        <translation>&amp;Exporter le rapport (PDF, Word, Excel)…</translation>
    </message>
    <message>
        <source>E&amp;xport exchange file…</source>
        <translation>E&amp;xporter un fichier d&apos;échange…</translation>
    </message>
    <message>
        <source>Import exc&amp;hange file…</source>
        <translation>Importer un fichier d&apos;é&amp;change…</translation>
    </message>
    <message>
        <source>&amp;Compare revisions or assessments…</source>
        <translation>&amp;Comparer des versions ou des analyses…</translation>
    </message>
    <message>
        <source>A&amp;pprove (keeps a revision)</source>
        <translation>A&amp;pprouver (conserve une révision)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Questionnaire packs…</source>
        <translation>&amp;Questionnaires…</translation>
    </message>
    <message>
        <source>Pack &amp;feeds…</source>
        <translation>&amp;Flux de questionnaires…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>AIPIA &amp;help</source>
        <translation>&amp;Aide d&apos;AIPIA</translation>
    </message>
    <message>
        <source>&amp;About AIPIA</source>
        <translation>À &amp;propos d&apos;AIPIA</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Answers are saved automatically; this saves any pending change now.</source>
        <translation>Les réponses sont enregistrées automatiquement ; cette commande enregistre tout de suite les modifications en attente.</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add a pack feed</source>
        <translation>Ajouter un flux de questionnaires</translation>
    </message>
    <message>
        <source>https://regulator.example/aipia/ or a folder</source>
        <translation>https://regulateur.example/aipia/ ou un dossier</translation>
    </message>
    <message>
        <source>Feed address or folder</source>
        <translation>Adresse du flux ou dossier</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Choisir un d&amp;ossier…</translation>
    </message>
    <message>
        <source>Publisher key fingerprint</source>
        <translation>Empreinte de la clé de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Feed name</source>
        <translation>Nom du flux</translation>
    </message>
    <message>
        <source>Copy the fingerprint from the publisher&apos;s web site or letter. The feed&apos;s index must be signed by this key. Nothing is fetched until you check the feed.</source>
        <translation>Copiez l&apos;empreinte depuis le site web ou le courrier de l&apos;éditeur. L&apos;index du flux doit être signé avec cette clé. Rien n&apos;est téléchargé avant que vous ne vérifiiez le flux.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Fingerprint</source>
        <translation>&amp;Empreinte</translation>
    </message>
    <message>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Nom (facultatif)</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Ajouter le flux</translation>
    </message>
    <message>
        <source>Choose the feed folder</source>
        <translation>Choisir le dossier du flux</translation>
    </message>
</context>
<context>
    <name>ArchivedAnswersDialog</name>
    <message>
        <source>Archived answers</source>
        <translation>Réponses archivées</translation>
    </message>
    <message>
        <source>These answers were given under an earlier version of the questionnaire. Their question was removed, or they no longer fit it. They are kept unchanged, exported with the assessment and listed in the report&apos;s appendix.</source>
        <translation>Ces réponses ont été données avec une version antérieure du questionnaire. Leur question a été retirée, ou elles n&apos;y correspondent plus. Elles sont conservées sans modification, exportées avec l&apos;analyse et listées en annexe du rapport.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>← All assessments</source>
        <translation>← Toutes les analyses</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Ctrl+L)</source>
        <translation>Retour à la liste des analyses (Ctrl+L)</translation>
    </message>
    <message>
        <source>Create report…</source>
        <translation>Créer le rapport…</translation>
    </message>
    <message>
        <source>Questions in %1…</source>
        <translation>Questions en %1…</translation>
    </message>
    <message>
        <source>The language of this assessment&apos;s questions, risks and reports. Click to change it; the interface language is set in Preferences.</source>
        <translation>La langue des questions, des risques et des rapports de cette analyse. Cliquez pour la changer ; la langue de l&apos;interface se règle dans les Préférences.</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>Ris&amp;ques</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>Relect&amp;ure</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Pièces justificatives</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Mettre à niveau…</translation>
    </message>
    <message>
        <source>Mark all as reviewed</source>
        <translation>Tout marquer comme relu</translation>
    </message>
    <message>
        <source>Archived answers…</source>
        <translation>Réponses archivées…</translation>
    </message>
    <message>
        <source>Attached to the answer: %1 (listed in the Evidence tab)</source>
        <translation>Joint à la réponse : %1 (voir l&apos;onglet Pièces justificatives)</translation>
    </message>
    <message>
        <source>This questionnaire pack is unverified: no trusted publisher vouches for it.</source>
        <translation>Ce questionnaire n&apos;est pas vérifié : aucun éditeur de confiance ne le garantit.</translation>
    </message>
    <message>
        <source>A newer version of this questionnaire pack is installed (%1; this assessment uses %2). Upgrade to carry your answers over.</source>
        <translation>Une version plus récente de ce questionnaire est installée (%1 ; cette analyse utilise %2). Mettez-la à niveau pour reprendre vos réponses.</translation>
    </message>
    <message>
        <source>The questionnaire pack changed since this assessment was started; check the answers.</source>
        <translation>Le questionnaire a changé depuis le début de cette analyse ; vérifiez les réponses.</translation>
    </message>
    <message>
        <source>Questions to review after the pack upgrade: %1.</source>
        <translation>Questions à relire après la mise à niveau du questionnaire : %1.</translation>
    </message>
    <message>
        <source>Answers kept from earlier versions of the pack: %1.</source>
        <translation>Réponses conservées des versions précédentes du questionnaire : %1.</translation>
    </message>
    <message>
        <source>Stored answers that no longer fit the questionnaire: %1. They are kept in the database but not shown.</source>
        <translation>Réponses enregistrées qui ne correspondent plus au questionnaire : %1. Elles sont conservées dans la base de données mais ne sont pas affichées.</translation>
    </message>
    <message>
        <source>The assessment cannot be upgraded</source>
        <translation>L&apos;analyse ne peut pas être mise à niveau</translation>
    </message>
    <message>
        <source>Upgrade the questionnaire</source>
        <translation>Mettre à niveau le questionnaire</translation>
    </message>
    <message>
        <source>Move this assessment from version %1 to version %2?</source>
        <translation>Faire passer cette analyse de la version %1 à la version %2 ?</translation>
    </message>
    <message>
        <source>The database is backed up first. No answer is deleted: answers that no longer fit are archived and stay visible.</source>
        <translation>La base de données est d&apos;abord sauvegardée. Aucune réponse n&apos;est supprimée : les réponses qui ne correspondent plus sont archivées et restent visibles.</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Mettre à niveau</translation>
    </message>
    <message>
        <source>The language was not changed</source>
        <translation>La langue n&apos;a pas été changée</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Corrigez d&apos;abord ceci : %1</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>e.g. Hanbit Clinic</source>
        <translation>p. ex. Clinique du Parc</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Contact person, contract, anything worth remembering about this client</source>
        <translation>Interlocuteur, contrat, tout ce qu&apos;il est utile de retenir sur ce client</translation>
    </message>
    <message>
        <source>Notes about the client</source>
        <translation>Notes sur le client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>A client named “%1” already exists. Choose another name.</source>
        <translation>Un client nommé « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The client was not saved: %1</source>
        <translation>Le client n&apos;a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ClientManager</name>
    <message>
        <source>The client was not deleted</source>
        <translation>Le client n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Rien n&apos;a été supprimé : %1</translation>
    </message>
    <message>
        <source>Deleted “%1” (assessments deleted: %2). Backup of the database: %3</source>
        <translation>« %1 » supprimé (analyses supprimées : %2). Sauvegarde de la base de données : %3</translation>
    </message>
    <message>
        <source>Delete the client “%1” and its assessment?</source>
        <translation>Supprimer le client « %1 » et son analyse ?</translation>
    </message>
    <message>
        <source>Delete the client “%1” and all %2 of its assessments?</source>
        <translation>Supprimer le client « %1 » et ses %2 analyses ?</translation>
    </message>
    <message>
        <source>Delete the client “%1”? It has no assessments.</source>
        <translation>Supprimer le client « %1 » ? Il n&apos;a aucune analyse.</translation>
    </message>
    <message>
        <source>Answers and measure plans are deleted too. This cannot be undone.</source>
        <translation>Les réponses et les plans de mesures sont également supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>A backup copy of the database is saved next to it first.</source>
        <translation>Une copie de sauvegarde de la base de données est d&apos;abord enregistrée à côté.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>A&amp;vant</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>A&amp;près</translation>
    </message>
    <message>
        <source>Revision %1 (%2, %3)</source>
        <translation>Version %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Assessment: %1 — %2</source>
        <translation>Analyse : %1 — %2</translation>
    </message>
    <message>
        <source>Current work</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Nothing to compare yet: a revision is kept each time the assessment is approved, and other assessments of the same questionnaire are listed here.</source>
        <translation>Rien à comparer pour l&apos;instant : une version est conservée à chaque validation de l&apos;analyse, et les autres analyses du même questionnaire apparaissent ici.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Risks (inherent, current, target)</source>
        <translation>Risques (initial, actuel, cible)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Section verdicts</source>
        <translation>Appréciations des sections</translation>
    </message>
    <message>
        <source>Sections switched off</source>
        <translation>Sections désactivées</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>De « %1 » à « %2 »</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>inherent</source>
        <translation>initial</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Personnes concernées</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Enter a date as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>Saisissez une date au format AAAA-MM-JJ, p. ex. 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Choisir une date</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attach &amp;to</source>
        <translation>&amp;Rattacher à</translation>
    </message>
    <message>
        <source>Attach f&amp;iles…</source>
        <translation>Jo&amp;indre des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Open with the system viewer</source>
        <translation>&amp;Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Drop files here or choose them. Each is kept in the data folder under its SHA-256 and never run; it opens only when you ask. Limits: %1 per file, %2 per assessment.</source>
        <translation>Déposez des fichiers ici ou choisissez-les. Chacun est conservé dans le dossier de données sous son SHA-256 et n&apos;est jamais exécuté ; il ne s&apos;ouvre qu&apos;à votre demande. Limites : %1 par fichier, %2 par analyse.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Non joints</translation>
    </message>
    <message>
        <source>These files were not attached (nothing of them was kept):</source>
        <translation>Ces fichiers n&apos;ont pas été joints (rien n&apos;en a été conservé) :</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>Supprimer la pièce jointe</translation>
    </message>
    <message>
        <source>Delete “%1” from this assessment?

An approved revision that lists it keeps the file until that revision is gone.</source>
        <translation>Supprimer « %1 » de cette analyse ?

Une version validée qui le mentionne conserve le fichier tant qu&apos;elle existe.</translation>
    </message>
    <message>
        <source>The file was not deleted</source>
        <translation>Le fichier n&apos;a pas été supprimé</translation>
    </message>
</context>
<context>
    <name>EvidenceTargets</name>
    <message>
        <source>The whole assessment</source>
        <translation>Toute l&apos;analyse</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Section : %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>Mesure : %1</translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>Export exchange file</source>
        <translation>Exporter un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>AIPIA exchange file (*.aipia)</source>
        <translation>Fichier d&apos;échange AIPIA (*.aipia)</translation>
    </message>
    <message>
        <source>The exchange file was not written</source>
        <translation>Le fichier d&apos;échange n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>Encrypting and writing %1…</source>
        <translation>Chiffrement et écriture de %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Import exchange file</source>
        <translation>Importer un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>AIPIA exchange file (*.aipia);;All files (*)</source>
        <translation>Fichier d&apos;échange AIPIA (*.aipia);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Encrypted exchange file</source>
        <translation>Fichier d&apos;échange chiffré</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Phrase de passe de %1 :</translation>
    </message>
    <message>
        <source>The exchange file was not imported</source>
        <translation>Le fichier d&apos;échange n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Imported, with a warning</source>
        <translation>Importé, avec un avertissement</translation>
    </message>
    <message>
        <source>“%1” for %2

Answers: %3
Revisions: %4
Attached files: %5
Encrypted: %6

Import it? An older copy of the same assessment here is replaced only if nothing here would be lost.</source>
        <translation>« %1 » pour %2

Réponses : %3
Versions : %4
Fichiers joints : %5
Chiffré : %6

L&apos;importer ? Une copie plus ancienne de la même analyse présente ici n&apos;est remplacée que si rien ne serait perdu.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>FeedNotice</name>
    <message>
        <source>A pack feed could not be checked; see Tools → Pack feeds…</source>
        <translation>Un flux de questionnaires n&apos;a pas pu être vérifié ; voir Outils → Flux de questionnaires…</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Pack feeds</source>
        <translation>Flux de questionnaires</translation>
    </message>
    <message>
        <source>&amp;Check my feeds for updates when AIPIA starts (at most once a day)</source>
        <translation>&amp;Vérifier mes flux au démarrage d&apos;AIPIA (au plus une fois par jour)</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Available packs</source>
        <translation>Questionnaires disponibles</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Ajouter un flux…</translation>
    </message>
    <message>
        <source>&amp;Remove feed</source>
        <translation>&amp;Retirer le flux</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation>&amp;Installer…</translation>
    </message>
    <message>
        <source>A feed tells you when a publisher you follow (a regulator, a sector body) releases a new version of its questionnaire pack. AIPIA uses the network only when you check, or at start-up if you turn that on.</source>
        <translation>Un flux vous indique quand un éditeur que vous suivez (une autorité, un organisme sectoriel) publie une nouvelle version de son questionnaire. AIPIA n&apos;utilise le réseau que lorsque vous vérifiez, ou au démarrage si vous activez cette option.</translation>
    </message>
    <message>
        <source>Newer packs the feeds offered at their last check:</source>
        <translation>Questionnaires plus récents proposés par les flux lors de leur dernière vérification :</translation>
    </message>
    <message>
        <source>What is sent when AIPIA checks a feed on the internet: a secure (HTTPS) request for the feed&apos;s index.json and index.sig, and for a pack&apos;s file when you install it, with only these headers: Host, User-Agent: AIPIA/%1, Accept-Encoding: identity, Connection: close. No cookies, no identifier, nothing about you or your assessments. Plain HTTP and redirects to other sites are refused; your system&apos;s proxy setting is used. A feed in a folder (a USB stick, a shared drive) uses no network.</source>
        <translation>Ce qui est envoyé lorsqu&apos;AIPIA vérifie un flux sur internet : une requête sécurisée (HTTPS) pour les fichiers index.json et index.sig du flux, et pour le fichier d&apos;un questionnaire quand vous l&apos;installez, avec uniquement ces en-têtes : Host, User-Agent: AIPIA/%1, Accept-Encoding: identity, Connection: close. Aucun cookie, aucun identifiant, rien sur vous ni sur vos analyses. Le HTTP non chiffré et les redirections vers d&apos;autres sites sont refusés ; le proxy de votre système est utilisé. Un flux dans un dossier (une clé USB, un lecteur partagé) n&apos;utilise pas le réseau.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>OK (index version %1)</source>
        <translation>OK (index version %1)</translation>
    </message>
    <message>
        <source>Feed added. Nothing was fetched: click “Check now”.</source>
        <translation>Flux ajouté. Rien n&apos;a été téléchargé : cliquez sur « Vérifier maintenant ».</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Retirer le flux</translation>
    </message>
    <message>
        <source>Stop following %1? Packs installed from it stay installed.</source>
        <translation>Ne plus suivre %1 ? Les questionnaires installés depuis ce flux restent installés.</translation>
    </message>
    <message>
        <source>Checking your feeds…</source>
        <translation>Vérification de vos flux…</translation>
    </message>
    <message>
        <source>Checked %1 feed(s): %2 newer pack version(s) offered.</source>
        <translation>%1 flux vérifié(s) : %2 nouvelle(s) version(s) de questionnaire proposée(s).</translation>
    </message>
    <message>
        <source>%1 feed(s) could not be checked; see Status.</source>
        <translation>%1 flux n&apos;ont pas pu être vérifiés ; voir Statut.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <translation>Aide à la réponse</translation>
    </message>
    <message>
        <source>No guidance for this question.</source>
        <translation>Aucune aide pour cette question.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Select a question to see its guidance here.</source>
        <translation>Sélectionnez une question pour afficher ici l&apos;aide correspondante.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>%5 — likelihood %1, severity %2: level %3, risks here: %4</source>
        <translation>%5 — vraisemblance %1, gravité %2 : niveau %3, risques ici : %4</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>AIPIA help</source>
        <translation>Aide d&apos;AIPIA</translation>
    </message>
    <message>
        <source>Choose “New assessment…”, name the client and the AI system, and pick the questionnaire and its language.</source>
        <translation>Choisissez « Nouvelle analyse… », indiquez le client et le système d&apos;IA, puis choisissez le questionnaire et sa langue.</translation>
    </message>
    <message>
        <source>Answer the questions section by section. The panel on the right explains each question and cites its sources. If you do not know an answer, say so: “Unknown” is a valid answer and shows where to look further.</source>
        <translation>Répondez aux questions section par section. Le panneau de droite explique chaque question et en cite les sources. Si vous ne connaissez pas la réponse, dites-le : « Ne sait pas » est une réponse valable et montre où chercher davantage.</translation>
    </message>
    <message>
        <source>Answers are saved as you type. You can close the app at any time and carry on later where you left off.</source>
        <translation>Les réponses sont enregistrées au fil de la saisie. Vous pouvez fermer l&apos;application à tout moment et reprendre plus tard là où vous vous étiez arrêté.</translation>
    </message>
    <message>
        <source>The Risks tab shows, as you answer, which risks your answers raise, why, and what to do. Give each measure an owner, a due date and a status.</source>
        <translation>L&apos;onglet Risques montre, au fil de vos réponses, quels risques elles font apparaître, pourquoi et que faire. Attribuez à chaque mesure un responsable, une échéance et un statut.</translation>
    </message>
    <message>
        <source>Create the PDF report with File › Export report. It embeds your answers, so it can be checked and re-imported later.</source>
        <translation>Créez le rapport PDF avec Fichier › Exporter le rapport. Il contient vos réponses, ce qui permet de le vérifier et de le réimporter plus tard.</translation>
    </message>
    <message>
        <source>Next / previous section</source>
        <translation>Section suivante / précédente</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Champ suivant / précédent</translation>
    </message>
    <message>
        <source>Table: add row / remove row</source>
        <translation>Tableau : ajouter / supprimer une ligne</translation>
    </message>
    <message>
        <source>Table: move row</source>
        <translation>Tableau : déplacer une ligne</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Enregistrer maintenant</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>Vos données sont conservées dans : %1</translation>
    </message>
    <message>
        <source>How to assess an AI system</source>
        <translation>Comment analyser un système d&apos;IA</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>History of the judgement</source>
        <translation>Historique de l&apos;appréciation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1 effacé(e)</translation>
    </message>
    <message>
        <source>%1 set: %2</source>
        <translation>%1 enregistré(e) : %2</translation>
    </message>
    <message>
        <source>the rules&apos; step</source>
        <translation>le niveau des règles</translation>
    </message>
    <message>
        <source>by %1 (%2) on %3, at %4</source>
        <translation>par %1 (%2) le %3, au niveau %4</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Add client…</source>
        <translation>Ajouter un client…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Rename the client or change its notes</source>
        <translation>Renommer le client ou modifier ses notes</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the client and its assessments</source>
        <translation>Supprimer le client et ses analyses</translation>
    </message>
    <message>
        <source>Rename or edit notes…</source>
        <translation>Renommer ou modifier les notes…</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Supprimer le client…</translation>
    </message>
    <message>
        <source>Search by title or client</source>
        <translation>Rechercher par titre ou client</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>Rechercher des analyses</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle analyse…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation>Risque global</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>Vos données sont conservées dans : %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Active (not archived)</source>
        <translation>Actives (non archivées)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>No assessments yet.
Choose “New assessment…” to start one: the built-in questionnaire is ready to use.</source>
        <translation>Aucune analyse pour l&apos;instant.
Choisissez « Nouvelle analyse… » pour en commencer une : le questionnaire intégré est prêt à l&apos;emploi.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Pack missing</source>
        <translation>Questionnaire manquant</translation>
    </message>
    <message>
        <source>None raised</source>
        <translation>Aucun risque</translation>
    </message>
</context>
<context>
    <name>JudgementForm</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>LanguageQuestion</name>
    <message>
        <source>Assessment language</source>
        <translation>Langue de l&apos;analyse</translation>
    </message>
    <message>
        <source>This questionnaire is only available in %1.</source>
        <translation>Ce questionnaire n&apos;existe qu&apos;en %1.</translation>
    </message>
    <message>
        <source>Show this assessment in:</source>
        <translation>Afficher cette analyse en :</translation>
    </message>
    <message>
        <source>Switch this assessment from %1 to %2?</source>
        <translation>Passer cette analyse de %1 à %2 ?</translation>
    </message>
    <message>
        <source>Its questions, guidance and risks will be shown in %1, and its reports will be in %1 unless you choose otherwise. Your answers are kept as they are. The language of menus and buttons does not change (Tools › Preferences).</source>
        <translation>Ses questions, son aide et ses risques seront affichés en %1, et ses rapports seront en %1 sauf choix contraire. Vos réponses restent telles quelles. La langue des menus et des boutons ne change pas (Outils › Préférences).</translation>
    </message>
    <message>
        <source>Change the assessment language</source>
        <translation>Changer la langue de l&apos;analyse</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Approved as revision %1 — read-only. Editing starts a new revision; the approved one is kept as it is.</source>
        <translation>Validée en version %1 — lecture seule. Pour modifier, ouvrez une nouvelle version ; la version validée reste telle quelle.</translation>
    </message>
    <message>
        <source>Start a &amp;new revision</source>
        <translation>Ouvrir une &amp;nouvelle version</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read-only: this data folder cannot be written, so nothing can be changed.</source>
        <translation>Lecture seule : ce dossier de données n&apos;est pas accessible en écriture, rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>AI privacy impact assessment</source>
        <translation>Analyse d&apos;impact des systèmes d&apos;IA sur la vie privée</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Désarchiver</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>This assessment cannot be opened</source>
        <translation>Cette analyse ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message>
        <source>Some answers could not be saved: %1

Close anyway and lose them?</source>
        <translation>Certaines réponses n&apos;ont pas pu être enregistrées : %1

Fermer quand même et les perdre ?</translation>
    </message>
    <message>
        <source>All answers are saved. AIPIA saves every answer as you type.</source>
        <translation>Toutes les réponses sont enregistrées. AIPIA enregistre chaque réponse au fil de la saisie.</translation>
    </message>
    <message>
        <source>%1 (re-assessment)</source>
        <translation>%1 (réévaluation)</translation>
    </message>
    <message>
        <source>Duplicate as re-assessment</source>
        <translation>Dupliquer pour une réévaluation</translation>
    </message>
    <message>
        <source>Title of the new assessment:</source>
        <translation>Titre de la nouvelle analyse :</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>What must change?</source>
        <translation>Que faut-il modifier ?</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>Le statut n’a pas été modifié</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Supprimer l&apos;analyse</translation>
    </message>
    <message>
        <source>Delete “%1” for %2?

Its answers and measure plans are deleted too. This cannot be undone.</source>
        <translation>Supprimer « %1 » pour %2 ?

Ses réponses et ses plans de mesures sont également supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Export assessment data</source>
        <translation>Exporter les données de l&apos;analyse</translation>
    </message>
    <message>
        <source>AIPIA data (*.json)</source>
        <translation>Données AIPIA (*.json)</translation>
    </message>
    <message>
        <source>The data was not exported</source>
        <translation>Les données n&apos;ont pas été exportées</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Import assessment data</source>
        <translation>Importer des données d&apos;analyse</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Le fichier n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>Imported, with a warning</source>
        <translation>Importé, avec un avertissement</translation>
    </message>
    <message>
        <source>About AIPIA</source>
        <translation>À propos d&apos;AIPIA</translation>
    </message>
    <message>
        <source>Privacy impact assessments of AI systems, offline.</source>
        <translation>Analyses d&apos;impact des systèmes d&apos;IA sur la vie privée, hors ligne.</translation>
    </message>
    <message>
        <source>Your answers never leave this computer.</source>
        <translation>Vos réponses ne quittent jamais cet ordinateur.</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>Vos données sont conservées dans : %1</translation>
    </message>
</context>
<context>
    <name>MeasurePlanEditor</name>
    <message>
        <source>Who is in charge</source>
        <translation>Qui en est chargé</translation>
    </message>
    <message>
        <source>Owner of: %1</source>
        <translation>Responsable de : %1</translation>
    </message>
    <message>
        <source>Due date of: %1</source>
        <translation>Échéance de : %1</translation>
    </message>
    <message>
        <source>Status of: %1</source>
        <translation>Statut de : %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>★ Key measure: the level after measures assumes it.</source>
        <translation>★ Mesure clé : le niveau après mesures suppose qu&apos;elle est en place.</translation>
    </message>
    <message>
        <source>Nobody plans it: it keeps this risk at %1 with the plan.</source>
        <translation>Personne ne la prévoit : elle maintient ce risque à %1 avec le plan.</translation>
    </message>
    <message>
        <source>must do</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>should do</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>could do</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Pas encore planifiée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle analyse</translation>
    </message>
    <message>
        <source>e.g. Hanbit Clinic</source>
        <translation>p. ex. Clinique du Parc</translation>
    </message>
    <message>
        <source>e.g. Patient-note summariser</source>
        <translation>p. ex. Assistant de synthèse des dossiers patients</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>No questionnaire pack is available. Import one with Tools › Questionnaire packs.</source>
        <translation>Aucun questionnaire n&apos;est disponible. Importez-en un avec Outils › Questionnaires.</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>Enter a whole number, e.g. 12.</source>
        <translation>Saisissez un nombre entier, p. ex. 12.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12 or 3.5.</source>
        <translation>Saisissez un nombre, p. ex. 12 ou 3,5.</translation>
    </message>
</context>
<context>
    <name>OfferCard</name>
    <message>
        <source>An update of pack “%1” is available</source>
        <translation>Une mise à jour du questionnaire « %1 » est disponible</translation>
    </message>
    <message>
        <source>Version %1 (you have %2)</source>
        <translation>Version %1 (vous avez la %2)</translation>
    </message>
    <message>
        <source>A new pack is available: “%1”</source>
        <translation>Un nouveau questionnaire est disponible : « %1 »</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>From the feed %1</source>
        <translation>Depuis le flux %1</translation>
    </message>
    <message>
        <source>The publisher gave no release notes.</source>
        <translation>L&apos;éditeur n&apos;a fourni aucune note de version.</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Notes de version</translation>
    </message>
    <message>
        <source>&amp;Install version %1</source>
        <translation>&amp;Installer la version %1</translation>
    </message>
    <message>
        <source>Release notes:</source>
        <translation>Notes de version :</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>DPO&apos;s opinion</source>
        <translation>Avis du DPO</translation>
    </message>
    <message>
        <source>Opinion of the people concerned</source>
        <translation>Avis des personnes concernées</translation>
    </message>
    <message>
        <source>They were &amp;asked</source>
        <translation>Elles ont été &amp;consultées</translation>
    </message>
    <message>
        <source>&amp;Favourable</source>
        <translation>&amp;Favorable</translation>
    </message>
    <message>
        <source>&amp;Unfavourable</source>
        <translation>&amp;Défavorable</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Who was asked</source>
        <translation>&amp;Qui a été consulté</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>Why &amp;not asked</source>
        <translation>&amp;Pourquoi pas de consultation</translation>
    </message>
</context>
<context>
    <name>OpinionsBox</name>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Record the &amp;DPO&apos;s opinion…</source>
        <translation>Consigner l&apos;avis du &amp;DPO…</translation>
    </message>
    <message>
        <source>Record the people&apos;s &amp;opinion…</source>
        <translation>Consigner l&apos;avis des pers&amp;onnes…</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore consigné</translation>
    </message>
    <message>
        <source>Not asked: %1</source>
        <translation>Non sollicité : %1</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>Consigné par %1, %2</translation>
    </message>
</context>
<context>
    <name>PackChanges</name>
    <message>
        <source>%1 added (%2)</source>
        <translation>%1 ajouté(s) (%2)</translation>
    </message>
    <message>
        <source>%1 removed (%2)</source>
        <translation>%1 retiré(s) (%2)</translation>
    </message>
    <message>
        <source>%1 renamed (%2)</source>
        <translation>%1 renommé(s) (%2)</translation>
    </message>
    <message>
        <source>%1 changed (%2)</source>
        <translation>%1 modifié(s) (%2)</translation>
    </message>
    <message>
        <source>No question, choice, risk or measure changed.</source>
        <translation>Aucune question, aucun choix, risque ou mesure n&apos;a changé.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Choices of %1</source>
        <translation>Choix de %1</translation>
    </message>
    <message>
        <source>Answers kept: %1</source>
        <translation>Réponses conservées : %1</translation>
    </message>
    <message>
        <source>Answers moved to renamed questions: %1</source>
        <translation>Réponses reportées sur des questions renommées : %1</translation>
    </message>
    <message>
        <source>Answers archived (kept and shown, never deleted): %1</source>
        <translation>Réponses archivées (conservées et affichées, jamais supprimées) : %1</translation>
    </message>
    <message>
        <source>Questions to review: %1</source>
        <translation>Questions à relire : %1</translation>
    </message>
    <message>
        <source>New in this version of the questionnaire: please answer it.</source>
        <translation>Nouvelle dans cette version du questionnaire : veuillez y répondre.</translation>
    </message>
    <message>
        <source>Changed in the new version of the questionnaire: check your answer.</source>
        <translation>Modifiée dans la nouvelle version du questionnaire : vérifiez votre réponse.</translation>
    </message>
    <message>
        <source>Your earlier answer no longer fits this question and was archived: please answer again.</source>
        <translation>Votre réponse précédente ne correspond plus à cette question et a été archivée : veuillez répondre à nouveau.</translation>
    </message>
    <message>
        <source>The publisher removed the question.</source>
        <translation>L&apos;éditeur a retiré la question.</translation>
    </message>
    <message>
        <source>The question is no longer in the questionnaire.</source>
        <translation>La question ne figure plus dans le questionnaire.</translation>
    </message>
    <message>
        <source>The answer no longer fits the changed question.</source>
        <translation>La réponse ne correspond plus à la question modifiée.</translation>
    </message>
    <message>
        <source>Another answer moved to the same question.</source>
        <translation>Une autre réponse a été reportée sur la même question.</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Questionnaire packs</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Installed packs</source>
        <translation>Questionnaires installés</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;Import pack folder…</source>
        <translation>&amp;Importer un dossier de questionnaire…</translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation>Importer un &amp;paquet…</translation>
    </message>
    <message>
        <source>Problems found in the pack</source>
        <translation>Problèmes relevés dans le questionnaire</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>&amp;Questionnaires</translation>
    </message>
    <message>
        <source>&amp;Trusted keys</source>
        <translation>&amp;Clés de confiance</translation>
    </message>
    <message>
        <source>Installed questionnaire packs:</source>
        <translation>Questionnaires installés :</translation>
    </message>
    <message>
        <source>Signed bundle</source>
        <translation>Paquet signé</translation>
    </message>
    <message>
        <source>Unsigned bundle</source>
        <translation>Paquet non signé</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Imported folder</source>
        <translation>Dossier importé</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expirée le %1</translation>
    </message>
    <message>
        <source>Comes with AIPIA.</source>
        <translation>Fourni avec AIPIA.</translation>
    </message>
    <message>
        <source>Signed by a trusted key: %1</source>
        <translation>Signé par une clé de confiance : %1</translation>
    </message>
    <message>
        <source>Signed by a key you do not trust: %1</source>
        <translation>Signé par une clé en laquelle vous n&apos;avez pas confiance : %1</translation>
    </message>
    <message>
        <source>Not signed: no publisher vouches for this pack.</source>
        <translation>Non signé : aucun éditeur ne garantit ce questionnaire.</translation>
    </message>
    <message>
        <source>Choose a pack folder</source>
        <translation>Choisir un dossier de questionnaire</translation>
    </message>
    <message>
        <source>Choose a pack bundle</source>
        <translation>Choisir un paquet de questionnaire</translation>
    </message>
    <message>
        <source>Pack bundles (*.aipack);;All files (*)</source>
        <translation>Paquets de questionnaire (*.aipack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The pack was not installed: %1</source>
        <translation>Le questionnaire n&apos;a pas été installé : %1</translation>
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation>%1 n&apos;a pas été installé.</translation>
    </message>
    <message>
        <source>Unverified pack</source>
        <translation>Questionnaire non vérifié</translation>
    </message>
    <message>
        <source>%1 is signed by a key you do not trust yet.</source>
        <translation>%1 est signé par une clé en laquelle vous n&apos;avez pas encore confiance.</translation>
    </message>
    <message>
        <source>Fingerprint of the key:
%1

Compare it with the fingerprint the publisher gives, for example on its web site. Trust the key only if they are the same; otherwise you can install the pack marked as unverified.</source>
        <translation>Empreinte de la clé :
%1

Comparez-la avec l&apos;empreinte communiquée par l&apos;éditeur, par exemple sur son site web. Ne faites confiance à la clé que si elles sont identiques ; sinon, vous pouvez installer le questionnaire marqué comme non vérifié.</translation>
    </message>
    <message>
        <source>&amp;Trust this key and install</source>
        <translation>&amp;Faire confiance à cette clé et installer</translation>
    </message>
    <message>
        <source>%1 is not signed: nobody vouches for its content.</source>
        <translation>%1 n&apos;est pas signé : personne ne garantit son contenu.</translation>
    </message>
    <message>
        <source>Install it only if you know where it comes from. It will be marked as unverified in the list of packs, in its assessments and on their reports.</source>
        <translation>Ne l&apos;installez que si vous en connaissez la provenance. Il sera marqué comme non vérifié dans la liste des questionnaires, dans ses analyses et sur leurs rapports.</translation>
    </message>
    <message>
        <source>Install as &amp;unverified</source>
        <translation>Installer comme &amp;non vérifié</translation>
    </message>
    <message>
        <source>The pack in %1 was not installed. Problems found: %2</source>
        <translation>Le questionnaire du dossier %1 n&apos;a pas été installé. Problèmes relevés : %2</translation>
    </message>
    <message>
        <source>Installed %1 %2.</source>
        <translation>%1 %2 installé.</translation>
    </message>
    <message>
        <source>It is marked unverified: no trusted publisher vouches for it.</source>
        <translation>Il est marqué comme non vérifié : aucun éditeur de confiance ne le garantit.</translation>
    </message>
    <message>
        <source>What changed since %1:</source>
        <translation>Ce qui a changé depuis la %1 :</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Export exchange file</source>
        <translation>Exporter un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (for e-mail)</source>
        <translation>&amp;Chiffrer avec une phrase de passe (pour l&apos;envoi par e-mail)</translation>
    </message>
    <message>
        <source>Give the passphrase to the recipient another way (by phone, not in the same e-mail). Without it the file cannot be opened.</source>
        <translation>Transmettez la phrase de passe au destinataire par un autre moyen (par téléphone, pas dans le même e-mail). Sans elle, le fichier ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-la</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>La phrase de passe est trop courte : utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Les deux phrases de passe diffèrent ; saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>The questionnaire leaves this risk to you to rate: use Rate below.</source>
        <translation>Le questionnaire vous laisse estimer ce risque : utilisez Estimer ci-dessous.</translation>
    </message>
    <message>
        <source>Rated by the assessor.</source>
        <translation>Estimé par l&apos;évaluateur.</translation>
    </message>
    <message>
        <source>Rated by the assessor; the rules say %1.</source>
        <translation>Estimé par l&apos;évaluateur ; selon les règles : %1.</translation>
    </message>
    <message>
        <source>Kept at %1 with the plan by measures nobody plans: %2</source>
        <translation>Maintenu à %1 avec le plan par des mesures que personne ne prévoit : %2</translation>
    </message>
    <message>
        <source>Kept at %1 today by measures not done yet: %2</source>
        <translation>Maintenu à %1 aujourd&apos;hui par des mesures pas encore réalisées : %2</translation>
    </message>
</context>
<context>
    <name>ProposalTree</name>
    <message>
        <source>Question or column</source>
        <translation>Question ou colonne</translation>
    </message>
    <message>
        <source>Proposed answer</source>
        <translation>Réponse proposée</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Lue dans</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Réponse actuelle</translation>
    </message>
    <message>
        <source>Proposed answers</source>
        <translation>Réponses proposées</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Autres questions</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation>Effacer cette réponse</translation>
    </message>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>Effacer la réponse à : %1</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Attach a file as evidence for this answer (or drop files on the question)</source>
        <translation>Joindre un fichier comme pièce justificative de cette réponse (ou déposer des fichiers sur la question)</translation>
    </message>
    <message>
        <source>Attach evidence to: %1</source>
        <translation>Joindre une pièce justificative à : %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Nothing to choose from yet: answer “%1” first.</source>
        <translation>Rien à choisir pour l&apos;instant : répondez d&apos;abord à « %1 ».</translation>
    </message>
    <message>
        <source>Scan a model folder…</source>
        <translation>Analyser un dossier de modèle…</translation>
    </message>
    <message>
        <source>Read model files on this computer and propose answers</source>
        <translation>Lire les fichiers de modèle présents sur cet ordinateur et proposer des réponses</translation>
    </message>
</context>
<context>
    <name>RateForm</name>
    <message>
        <source>Why the likelihood or severity is not what the rules say</source>
        <translation>Pourquoi la vraisemblance ou la gravité diffère de celle des règles</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Enregistrer l&apos;estimation</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Effacer l&apos;estimation</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Vraisemblance :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Choose a step</source>
        <translation>Choisir un niveau</translation>
    </message>
    <message>
        <source>Keep the rules&apos; step (%1)</source>
        <translation>Garder le niveau des règles (%1)</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Saved: %1, by %2 on %3.</source>
        <translation>Enregistré : %1, par %2 le %3.</translation>
    </message>
    <message>
        <source>No rating of yours yet: the rules&apos; levels are used.</source>
        <translation>Pas encore d&apos;estimation de votre part : les niveaux des règles s&apos;appliquent.</translation>
    </message>
    <message>
        <source>The answers changed since this rating: the rules now say %1. Check that your rating still holds.</source>
        <translation>Les réponses ont changé depuis cette estimation : les règles indiquent maintenant %1. Vérifiez que votre estimation tient toujours.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Switch a section off</source>
        <translation>Désactiver une section</translation>
    </message>
    <message>
        <source>Why does “%1” not apply to this assessment? The reason is kept with your name and shown in the report.</source>
        <translation>Pourquoi « %1 » ne s&apos;applique-t-elle pas à cette analyse ? Le motif est conservé avec votre nom et figure dans le rapport.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
</context>
<context>
    <name>ReasonsPanel</name>
    <message>
        <source>Details for auditors</source>
        <translation>Détails pour les auditeurs</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Level chosen by</source>
        <translation>Niveau déterminé par</translation>
    </message>
    <message>
        <source>Answers the rules read</source>
        <translation>Réponses lues par les règles</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Create report</source>
        <translation>Créer le rapport</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Modèle de rapport</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>Créer le PDF</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation>&amp;Comparer avec</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Enregistrer sous</translation>
    </message>
    <message>
        <source>Reports cannot be created on this installation: %1</source>
        <translation>Impossible de créer des rapports sur cette installation : %1</translation>
    </message>
    <message>
        <source>The pack&apos;s own template</source>
        <translation>Le modèle propre au questionnaire</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another place.</source>
        <translation>Le dossier %1 n&apos;existe pas ; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Create file</source>
        <translation>Créer le fichier</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>Mise en page de la page %1…</translation>
    </message>
    <message>
        <source>Writing %1 pages…</source>
        <translation>Écriture de %1 pages…</translation>
    </message>
    <message>
        <source>Preparing the layout…</source>
        <translation>Préparation de la mise en page…</translation>
    </message>
    <message>
        <source>Filling in the template…</source>
        <translation>Remplissage du modèle…</translation>
    </message>
    <message>
        <source>Starting the PDF engine…</source>
        <translation>Démarrage du moteur PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré : %1</translation>
    </message>
    <message>
        <source>(pages: %1)</source>
        <translation>(pages : %1)</translation>
    </message>
    <message>
        <source>The report could not be created: %1</source>
        <translation>Le rapport n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Cancelled; no report was saved.</source>
        <translation>Annulé ; aucun rapport n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The report is saved, but no program to open PDF files was found. Find the file “%1” in the folder %2.</source>
        <translation>Le rapport est enregistré, mais aucun programme pour ouvrir les fichiers PDF n&apos;a été trouvé. Le fichier « %1 » se trouve dans le dossier %2.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>PDF (the record of an approved revision)</source>
        <translation>PDF (la trace d&apos;une version validée)</translation>
    </message>
    <message>
        <source>Word document (.docx), to edit</source>
        <translation>Document Word (.docx), modifiable</translation>
    </message>
    <message>
        <source>Action plan as a spreadsheet (.xlsx)</source>
        <translation>Plan d&apos;action en tableur (.xlsx)</translation>
    </message>
    <message>
        <source>Action plan as CSV (.csv)</source>
        <translation>Plan d&apos;action en CSV (.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Compare with revision</source>
        <translation>Comparer avec la version</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Pas de comparaison</translation>
    </message>
    <message>
        <source>Revision %1 (appendix of what changed since)</source>
        <translation>Version %1 (annexe des changements depuis)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>AIPIA keeps a copy of your database at the first change of each day, and before every update of the database or of a questionnaire pack. Restoring a backup replaces all your current data with it; the current database is kept as a backup first.</source>
        <translation>AIPIA conserve une copie de votre base de données à la première modification de chaque journée, et avant chaque mise à jour de la base de données ou d&apos;un questionnaire. Restaurer une sauvegarde remplace toutes vos données actuelles ; la base de données actuelle est d&apos;abord conservée comme sauvegarde.</translation>
    </message>
    <message>
        <source>AIPIA cannot use your database:</source>
        <translation>AIPIA ne peut pas utiliser votre base de données :</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <source>Before the database was updated</source>
        <translation>Avant la mise à jour de la base de données</translation>
    </message>
    <message>
        <source>Before assessment %1 moved to a newer pack</source>
        <translation>Avant le passage de l&apos;analyse %1 à un questionnaire plus récent</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Faite à la demande</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Remplacée par une restauration</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>Replace all your current data with the backup made on %1 (%2 assessments)?

The current database is kept as a backup first, so this can be undone.</source>
        <translation>Remplacer toutes vos données actuelles par la sauvegarde du %1 (%2 analyses) ?

La base de données actuelle est d&apos;abord conservée comme sauvegarde : cette opération peut être annulée.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n&apos;a pas été restaurée</translation>
    </message>
    <message>
        <source>Restored the backup; your previous data was kept as a backup.</source>
        <translation>Sauvegarde restaurée ; vos données précédentes ont été conservées comme sauvegarde.</translation>
    </message>
</context>
<context>
    <name>ReviewSync</name>
    <message>
        <source>Reviewer&apos;s verdict: %1</source>
        <translation>Appréciation du relecteur : %1</translation>
    </message>
</context>
<context>
    <name>ReviewTrail</name>
    <message>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Review trail</source>
        <translation>Historique de la relecture</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Whole assessment</source>
        <translation>Toute l&apos;analyse</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>&amp;Send to review</source>
        <translation>&amp;Envoyer en relecture</translation>
    </message>
    <message>
        <source>Request c&amp;hanges…</source>
        <translation>&amp;Demander des modifications…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>Start a &amp;new revision</source>
        <translation>Ouvrir une &amp;nouvelle version</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>last approved: revision %1 (%2, %3)</source>
        <translation>dernière validation : version %1 (%2, %3)</translation>
    </message>
    <message>
        <source>working on revision %1</source>
        <translation>version %1 en cours</translation>
    </message>
    <message>
        <source>sections to fix: %1</source>
        <translation>sections à corriger : %1</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>Le statut n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>What must change?</source>
        <translation>Que faut-il modifier ?</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Approve this assessment as revision %1. Comment (optional):</source>
        <translation>Valider cette analyse en version %1. Commentaire (facultatif) :</translation>
    </message>
    <message>
        <source>No new revision was started</source>
        <translation>Aucune nouvelle version n&apos;a été ouverte</translation>
    </message>
    <message>
        <source>The verdict was not recorded</source>
        <translation>L&apos;appréciation n&apos;a pas été consignée</translation>
    </message>
    <message>
        <source>The comment was not recorded</source>
        <translation>Le commentaire n&apos;a pas été consigné</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Improvable</source>
        <translation>Améliorable</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Sent to review</source>
        <translation>Envoyée en relecture</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>New revision started</source>
        <translation>Nouvelle version ouverte</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Désarchivée</translation>
    </message>
    <message>
        <source>Favourable</source>
        <translation>Favorable</translation>
    </message>
    <message>
        <source>Unfavourable</source>
        <translation>Défavorable</translation>
    </message>
</context>
<context>
    <name>RiskDetail</name>
    <message>
        <source>Why this risk is raised</source>
        <translation>Pourquoi ce risque est soulevé</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>The pack names no measure for this risk.</source>
        <translation>Le questionnaire ne prévoit aucune mesure pour ce risque.</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Votre appréciation</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Estimer</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Accept residual risk</source>
        <translation>Accepter le risque résiduel</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>Before measures</source>
        <translation>Avant mesures</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>With the plan</source>
        <translation>Avec le plan</translation>
    </message>
    <message>
        <source>Where the risk stands before any measure.</source>
        <translation>Le niveau du risque avant toute mesure.</translation>
    </message>
    <message>
        <source>Counting only the measures that are done.</source>
        <translation>En ne comptant que les mesures réalisées.</translation>
    </message>
    <message>
        <source>Counting the measures done, in progress or planned; a measure nobody plans lowers nothing.</source>
        <translation>En comptant les mesures réalisées, en cours ou prévues ; une mesure que personne ne prévoit ne réduit rien.</translation>
    </message>
    <message>
        <source>To be rated</source>
        <translation>À estimer</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Éviter</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Lower the likelihood or the severity with measures.</source>
        <translation>Réduire la vraisemblance ou la gravité par des mesures.</translation>
    </message>
    <message>
        <source>Live with the risk as it is, knowingly.</source>
        <translation>Assumer le risque tel qu&apos;il est, en connaissance de cause.</translation>
    </message>
    <message>
        <source>Stop or change the processing so the risk no longer arises.</source>
        <translation>Arrêter ou modifier le traitement pour que le risque disparaisse.</translation>
    </message>
    <message>
        <source>Share the risk with another party, e.g. by contract or insurance.</source>
        <translation>Partager le risque avec un tiers, p. ex. par contrat ou assurance.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
</context>
<context>
    <name>RisksView</name>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Cartographie</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Answer the questionnaire: the risks your answers raise appear here, with what to do about them.</source>
        <translation>Répondez au questionnaire : les risques que font apparaître vos réponses s&apos;afficheront ici, avec ce qu&apos;il faut faire.</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <source>at most %1 characters</source>
        <translation>au plus %1 caractères</translation>
    </message>
    <message>
        <source>enter a number, e.g. 12 or 3.5</source>
        <translation>saisissez un nombre, p. ex. 12 ou 3,5</translation>
    </message>
    <message>
        <source>enter a whole number, e.g. 12</source>
        <translation>saisissez un nombre entier, p. ex. 12</translation>
    </message>
    <message>
        <source>enter a date as YYYY-MM-DD</source>
        <translation>saisissez une date au format AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan a model folder</source>
        <translation>Analyser un dossier de modèle</translation>
    </message>
    <message>
        <source>AIPIA reads the model files on this computer (it never runs them) and proposes answers, each with the file it was read from. Tick what to fill in; answers you already gave change only if you tick them.</source>
        <translation>AIPIA lit les fichiers de modèle présents sur cet ordinateur (sans jamais les exécuter) et propose des réponses, chacune avec le fichier dont elle provient. Cochez ce qu&apos;il faut remplir ; les réponses déjà données ne changent que si vous les cochez.</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Choose f&amp;iles…</source>
        <translation>Choisir des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Compute the SHA-256 of every file (slow for large models)</source>
        <translation>Calculer le SHA-256 de chaque fichier (lent pour les grands modèles)</translation>
    </message>
    <message>
        <source>Messages about the files</source>
        <translation>Messages concernant les fichiers</translation>
    </message>
    <message>
        <source>Fill in &amp;ticked answers</source>
        <translation>&amp;Remplir les réponses cochées</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Choisir un dossier de modèle</translation>
    </message>
    <message>
        <source>Choose model files</source>
        <translation>Choisir des fichiers de modèle</translation>
    </message>
    <message>
        <source>Model files (*.safetensors *.gguf *.bin *.pt *.pth *.ckpt *.onnx);;All files (*)</source>
        <translation>Fichiers de modèle (*.safetensors *.gguf *.bin *.pt *.pth *.ckpt *.onnx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Computing SHA-256 of %1</source>
        <translation>Calcul du SHA-256 de %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The scan stopped: %1</source>
        <translation>L&apos;analyse des fichiers s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <source>Cancelled: the results below are incomplete.</source>
        <translation>Annulé : les résultats ci-dessous sont incomplets.</translation>
    </message>
    <message>
        <source>Models found: %1.</source>
        <translation>Modèles trouvés : %1.</translation>
    </message>
    <message>
        <source>Files changed since the scan of %1: %2.</source>
        <translation>Fichiers modifiés depuis l&apos;analyse du %1 : %2.</translation>
    </message>
    <message>
        <source>No file changed since the scan of %1.</source>
        <translation>Aucun fichier modifié depuis l&apos;analyse du %1.</translation>
    </message>
    <message>
        <source>Nothing to fill in.</source>
        <translation>Rien à remplir.</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>not yet scored</source>
        <translation>pas encore noté</translation>
    </message>
</context>
<context>
    <name>SectionSidebar</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Désactivée</translation>
    </message>
</context>
<context>
    <name>SectionSwitch</name>
    <message>
        <source>Switched off by %1 on %2: %3</source>
        <translation>Désactivée par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>Switch this section on again</source>
        <translation>Réactiver cette section</translation>
    </message>
    <message>
        <source>This section is optional: switch it off if it does not apply, with a reason.</source>
        <translation>Cette section est facultative : désactivez-la si elle ne s&apos;applique pas, en donnant un motif.</translation>
    </message>
    <message>
        <source>Switch this section off…</source>
        <translation>Désactiver cette section…</translation>
    </message>
</context>
<context>
    <name>SectionVerdicts</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Sections and their verdicts</source>
        <translation>Sections et leurs appréciations</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Appréciation</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mmentaire</translation>
    </message>
    <message>
        <source>What is good, what must change</source>
        <translation>Ce qui va, ce qui doit changer</translation>
    </message>
    <message>
        <source>&amp;Record verdict</source>
        <translation>&amp;Consigner l&apos;appréciation</translation>
    </message>
    <message>
        <source>Add comment onl&amp;y</source>
        <translation>Ajouter seu&amp;lement un commentaire</translation>
    </message>
    <message>
        <source>Verdicts are given while the assessment is in review.</source>
        <translation>Les appréciations se donnent pendant la relecture de l&apos;analyse.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>e.g. Seoul Privacy Consulting</source>
        <translation>p. ex. Cabinet Conseil Vie Privée</translation>
    </message>
    <message>
        <source>Consultancy name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d&apos;accent</translation>
    </message>
    <message>
        <source>e.g. Kim Minji</source>
        <translation>p. ex. Claire Martin</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Largest attached file</source>
        <translation>Taille maximale d&apos;un fichier joint</translation>
    </message>
    <message>
        <source>All attached files of one assessment</source>
        <translation>Ensemble des fichiers joints d&apos;une analyse</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Report branding</source>
        <translation>Identité visuelle des rapports</translation>
    </message>
    <message>
        <source>Consultancy &amp;name</source>
        <translation>&amp;Nom du cabinet</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Review and evidence</source>
        <translation>Relecture et pièces justificatives</translation>
    </message>
    <message>
        <source>&amp;Your name (kept in the review trail)</source>
        <translation>&amp;Votre nom (consigné dans l&apos;historique de relecture)</translation>
    </message>
    <message>
        <source>Largest attached &amp;file</source>
        <translation>Taille maximale d&apos;un &amp;fichier joint</translation>
    </message>
    <message>
        <source>All files of one &amp;assessment</source>
        <translation>Tous les fichiers d&apos;une &amp;analyse</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
</context>
<context>
    <name>StageMaps</name>
    <message>
        <source>Heat map: %1</source>
        <translation>Cartographie des risques : %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>AIPIA could not open its data folder:

%1

Nothing was changed. Start AIPIA with --data-dir to use another folder.</source>
        <translation>AIPIA n&apos;a pas pu ouvrir son dossier de données :

%1

Rien n&apos;a été modifié. Lancez AIPIA avec --data-dir pour utiliser un autre dossier.</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>No risk is raised by the answers so far.</source>
        <translation>Aucun risque n&apos;est soulevé par les réponses pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Risks raised: %1. Highest level today: %2.</source>
        <translation>Risques soulevés : %1. Niveau le plus élevé aujourd&apos;hui : %2.</translation>
    </message>
    <message>
        <source>none rated yet</source>
        <translation>aucun encore évalué</translation>
    </message>
    <message>
        <source>To be rated: %1</source>
        <translation>À estimer : %1</translation>
    </message>
    <message>
        <source>Rated by the assessor: %1</source>
        <translation>Estimés par l&apos;évaluateur : %1</translation>
    </message>
    <message>
        <source>Kept high by unplanned measures: %1</source>
        <translation>Maintenus hauts par des mesures non prévues : %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Acceptés : %1</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Edit row…</source>
        <translation>Modifier la ligne…</translation>
    </message>
    <message>
        <source>Every column of the selected row in a form (Ctrl+Shift+E, or double-click the row number)</source>
        <translation>Toutes les colonnes de la ligne sélectionnée dans un formulaire (Ctrl+Maj+E, ou double-clic sur le numéro de ligne)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Move the row up (Ctrl+Shift+Up)</source>
        <translation>Monter la ligne (Ctrl+Maj+Haut)</translation>
    </message>
    <message>
        <source>Move the row down (Ctrl+Shift+Down)</source>
        <translation>Descendre la ligne (Ctrl+Maj+Bas)</translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>Ligne %1 sur %2</translation>
    </message>
    <message>
        <source>Not asked for this row</source>
        <translation>Non demandé pour cette ligne</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>The text is %1 characters long; shorten it to at most %2. Until then it is not saved.</source>
        <translation>Le texte compte %1 caractères ; réduisez-le à %2 au plus. D&apos;ici là, il n&apos;est pas enregistré.</translation>
    </message>
</context>
<context>
    <name>TreatmentForm</name>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Why this treatment suits the risk</source>
        <translation>Pourquoi ce traitement convient au risque</translation>
    </message>
    <message>
        <source>Save treatment</source>
        <translation>Enregistrer le traitement</translation>
    </message>
    <message>
        <source>Clear treatment</source>
        <translation>Effacer le traitement</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>&amp;Traitement :</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Saved: %1, by %2 on %3.</source>
        <translation>Enregistré : %1, par %2 le %3.</translation>
    </message>
    <message>
        <source>No treatment chosen yet.</source>
        <translation>Aucun traitement choisi pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>TrustedKeysPane</name>
    <message>
        <source>Trusted keys</source>
        <translation>Clés de confiance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>&amp;Add key file…</source>
        <translation>&amp;Ajouter un fichier de clé…</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Retirer la clé</translation>
    </message>
    <message>
        <source>Packs signed with one of these keys are shown as verified. Before you add a key, compare its fingerprint with the one its publisher gives.</source>
        <translation>Les questionnaires signés avec l&apos;une de ces clés apparaissent comme vérifiés. Avant d&apos;ajouter une clé, comparez son empreinte avec celle que communique son éditeur.</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 ajoutée</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Choose a public key or a signed bundle</source>
        <translation>Choisir une clé publique ou un paquet signé</translation>
    </message>
    <message>
        <source>Public keys and bundles (*.pub *.pem *.aipack);;All files (*)</source>
        <translation>Clés publiques et paquets (*.pub *.pem *.aipack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the bundle is not signed</source>
        <translation>le paquet n&apos;est pas signé</translation>
    </message>
    <message>
        <source>No key was added: %1</source>
        <translation>Aucune clé n&apos;a été ajoutée : %1</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>Faire confiance à cette clé ?</translation>
    </message>
    <message>
        <source>Trust the key in %1, with the fingerprint

%2

only if it is the fingerprint its publisher gives.</source>
        <translation>Ne faites confiance à la clé de %1, d&apos;empreinte

%2

que s&apos;il s&apos;agit de l&apos;empreinte communiquée par son éditeur.</translation>
    </message>
    <message>
        <source>Trusted %1: %2</source>
        <translation>Confiance accordée à %1 : %2</translation>
    </message>
    <message>
        <source>Stop trusting this key?</source>
        <translation>Ne plus faire confiance à cette clé ?</translation>
    </message>
    <message>
        <source>Stop trusting %1? Packs it signed stay installed but are shown as unverified.</source>
        <translation>Ne plus faire confiance à %1 ? Les questionnaires qu&apos;elle a signés restent installés mais apparaissent comme non vérifiés.</translation>
    </message>
    <message>
        <source>%1 is no longer trusted.</source>
        <translation>%1 n&apos;est plus une clé de confiance.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Pack updates</source>
        <translation>Mises à jour de questionnaires</translation>
    </message>
    <message>
        <source>Publishers you follow have released new versions of their questionnaire packs. Nothing is installed until you click Install.</source>
        <translation>Des éditeurs que vous suivez ont publié de nouvelles versions de leurs questionnaires. Rien n&apos;est installé tant que vous ne cliquez pas sur Installer.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Another download is still running; try again in a moment.</source>
        <translation>Un autre téléchargement est en cours ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Installed %1 %2.</source>
        <translation>%1 %2 installé.</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Non installé : %1</translation>
    </message>
    <message>
        <source>These assessments use an older version; upgrade each to carry its answers over:</source>
        <translation>Ces analyses utilisent une version antérieure ; mettez chacune à niveau pour reprendre ses réponses :</translation>
    </message>
    <message>
        <source>“%1” (%2) uses version %3</source>
        <translation>« %1 » (%2) utilise la version %3</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Mettre à niveau…</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>The section was not switched</source>
        <translation>La section n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>these answers cannot be saved as they are: %1</source>
        <translation>ces réponses ne peuvent pas être enregistrées telles quelles : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: fix the answer marked in red</source>
        <translation>Non enregistré : corrigez la réponse signalée en rouge</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Section précédente (Ctrl+Pg préc.)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 renseignées</translation>
    </message>
    <message>
        <source>See the &amp;risks</source>
        <translation>Voir les &amp;risques</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Section suivante (Ctrl+Pg suiv.)</translation>
    </message>
</context>
<context>
    <name>YourName</name>
    <message>
        <source>Recorded with each rating, treatment and acceptance</source>
        <translation>Enregistré avec chaque estimation, traitement et acceptation</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
</context>
</TS>

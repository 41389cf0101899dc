<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AcceptForm</name>
    <message>
        <source>Accepted by</source>
        <translation>Aceito por</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Date of the acceptance</source>
        <translation>Data da aceitação</translation>
    </message>
    <message>
        <source>Note, e.g. whether the authority was consulted</source>
        <translation>Nota, p. ex. se a autoridade foi consultada</translation>
    </message>
    <message>
        <source>Accept residual risk</source>
        <translation>Aceitar o risco residual</translation>
    </message>
    <message>
        <source>Clear acceptance</source>
        <translation>Apagar a aceitação</translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation>Aceito &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Accept what remains of this risk with the plan: %1.</source>
        <translation>Aceitar o que resta deste risco com o plano: %1.</translation>
    </message>
    <message>
        <source>Accepted by %1 (%2) on %3, at %4.</source>
        <translation>Aceito por %1 (%2) em %3, no nível %4.</translation>
    </message>
    <message>
        <source>Not accepted yet.</source>
        <translation>Ainda não aceito.</translation>
    </message>
    <message>
        <source>The risk with the plan is now above the level that was accepted: accept it again or lower it.</source>
        <translation>Com o plano, o risco agora está acima do nível aceito: aceite-o de novo ou reduza-o.</translation>
    </message>
    <message>
        <source>Rate the risk first: there is nothing to accept until it has a level.</source>
        <translation>Avalie o risco primeiro: não há o que aceitar enquanto ele não tiver um nível.</translation>
    </message>
    <message>
        <source>A residual %1 risk cannot be accepted under the questionnaire&apos;s policy.</source>
        <translation>Um risco residual %1 não pode ser aceito pela política do questionário.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>A&amp;valiação</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nova avaliação…</translation>
    </message>
    <message>
        <source>&amp;Open assessment</source>
        <translation>A&amp;brir avaliação</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Export assessment &amp;data…</source>
        <translation>Exportar &amp;dados da avaliação…</translation>
    </message>
    <message>
        <source>&amp;Import assessment data…</source>
        <translation>&amp;Importar dados de avaliação…</translation>
    </message>
    <message>
        <source>&amp;Back to all assessments</source>
        <translation>&amp;Voltar a todas as avaliações</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Duplicate as re-assessment…</source>
        <translation>&amp;Duplicar como reavaliação…</translation>
    </message>
    <message>
        <source>Change the assessment &amp;language…</source>
        <translation>Alterar o &amp;idioma da avaliação…</translation>
    </message>
    <message>
        <source>Mark as d&amp;raft</source>
        <translation>Marcar como &amp;rascunho</translation>
    </message>
    <message>
        <source>Mark as in re&amp;view</source>
        <translation>Marcar como em re&amp;visão</translation>
    </message>
    <message>
        <source>&amp;Export report (PDF, Word, Excel)…</source>
        <translation>&amp;Exportar relatório (PDF, Word, Excel)…</translation>
    </message>
    <message>
        <source>E&amp;xport exchange file…</source>
        <translation>E&amp;xportar arquivo de intercâmbio…</translation>
    </message>
    <message>
        <source>Import exc&amp;hange file…</source>
        <translation>Importar arquivo de inter&amp;câmbio…</translation>
    </message>
    <message>
        <source>&amp;Compare revisions or assessments…</source>
        <translation>&amp;Comparar versões ou avaliações…</translation>
    </message>
    <message>
        <source>A&amp;pprove (keeps a revision)</source>
        <translation>A&amp;provar (guarda uma revisão)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arquivar</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>&amp;Questionnaire packs…</source>
        <translation>&amp;Questionários…</translation>
    </message>
    <message>
        <source>Pack &amp;feeds…</source>
        <translation>&amp;Feeds de questionários…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>AIPIA &amp;help</source>
        <translation>A&amp;juda do AIPIA</translation>
    </message>
    <message>
        <source>&amp;About AIPIA</source>
        <translation>&amp;Sobre o AIPIA</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar de um backup…</translation>
    </message>
    <message>
        <source>Answers are saved automatically; this saves any pending change now.</source>
        <translation>As respostas são salvas automaticamente; este comando salva agora qualquer alteração pendente.</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add a pack feed</source>
        <translation>Adicionar um feed de questionários</translation>
    </message>
    <message>
        <source>https://regulator.example/aipia/ or a folder</source>
        <translation>https://autoridade.example/aipia/ ou uma pasta</translation>
    </message>
    <message>
        <source>Feed address or folder</source>
        <translation>Endereço do feed ou pasta</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Escolher &amp;pasta…</translation>
    </message>
    <message>
        <source>Publisher key fingerprint</source>
        <translation>Impressão digital da chave do editor</translation>
    </message>
    <message>
        <source>Feed name</source>
        <translation>Nome do feed</translation>
    </message>
    <message>
        <source>Copy the fingerprint from the publisher&apos;s web site or letter. The feed&apos;s index must be signed by this key. Nothing is fetched until you check the feed.</source>
        <translation>Copie a impressão digital do site ou da carta do editor. O índice do feed deve ser assinado com esta chave. Nada é baixado até você verificar o feed.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <source>&amp;Fingerprint</source>
        <translation>&amp;Impressão digital</translation>
    </message>
    <message>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Nome (opcional)</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Adicionar feed</translation>
    </message>
    <message>
        <source>Choose the feed folder</source>
        <translation>Escolher a pasta do feed</translation>
    </message>
</context>
<context>
    <name>ArchivedAnswersDialog</name>
    <message>
        <source>Archived answers</source>
        <translation>Respostas arquivadas</translation>
    </message>
    <message>
        <source>These answers were given under an earlier version of the questionnaire. Their question was removed, or they no longer fit it. They are kept unchanged, exported with the assessment and listed in the report&apos;s appendix.</source>
        <translation>Estas respostas foram dadas em uma versão anterior do questionário. A pergunta delas foi removida, ou elas não se encaixam mais nela. Elas são mantidas sem alteração, exportadas com a avaliação e listadas no apêndice do relatório.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
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
        <translation>← Todas as avaliações</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Ctrl+L)</source>
        <translation>Voltar à lista de avaliações (Ctrl+L)</translation>
    </message>
    <message>
        <source>Create report…</source>
        <translation>Criar relatório…</translation>
    </message>
    <message>
        <source>Questions in %1…</source>
        <translation>Perguntas em %1…</translation>
    </message>
    <message>
        <source>The language of this assessment&apos;s questions, risks and reports. Click to change it; the interface language is set in Preferences.</source>
        <translation>O idioma das perguntas, dos riscos e dos relatórios desta avaliação. Clique para alterá-lo; o idioma da interface é definido em Preferências.</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionário</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>Ris&amp;cos</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>Re&amp;visão</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Evidências</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Atualizar…</translation>
    </message>
    <message>
        <source>Mark all as reviewed</source>
        <translation>Marcar tudo como revisado</translation>
    </message>
    <message>
        <source>Archived answers…</source>
        <translation>Respostas arquivadas…</translation>
    </message>
    <message>
        <source>Attached to the answer: %1 (listed in the Evidence tab)</source>
        <translation>Anexado à resposta: %1 (listado na aba Evidências)</translation>
    </message>
    <message>
        <source>This questionnaire pack is unverified: no trusted publisher vouches for it.</source>
        <translation>Este questionário não está verificado: nenhum editor confiável o garante.</translation>
    </message>
    <message>
        <source>A newer version of this questionnaire pack is installed (%1; this assessment uses %2). Upgrade to carry your answers over.</source>
        <translation>Uma versão mais recente deste questionário está instalada (%1; esta avaliação usa a %2). Atualize para levar suas respostas.</translation>
    </message>
    <message>
        <source>The questionnaire pack changed since this assessment was started; check the answers.</source>
        <translation>O questionário mudou desde o início desta avaliação; confira as respostas.</translation>
    </message>
    <message>
        <source>Questions to review after the pack upgrade: %1.</source>
        <translation>Perguntas a revisar após a atualização do questionário: %1.</translation>
    </message>
    <message>
        <source>Answers kept from earlier versions of the pack: %1.</source>
        <translation>Respostas mantidas de versões anteriores do questionário: %1.</translation>
    </message>
    <message>
        <source>Stored answers that no longer fit the questionnaire: %1. They are kept in the database but not shown.</source>
        <translation>Respostas armazenadas que não se encaixam mais no questionário: %1. Elas são mantidas no banco de dados, mas não são exibidas.</translation>
    </message>
    <message>
        <source>The assessment cannot be upgraded</source>
        <translation>A avaliação não pode ser atualizada</translation>
    </message>
    <message>
        <source>Upgrade the questionnaire</source>
        <translation>Atualizar o questionário</translation>
    </message>
    <message>
        <source>Move this assessment from version %1 to version %2?</source>
        <translation>Passar esta avaliação da versão %1 para a versão %2?</translation>
    </message>
    <message>
        <source>The database is backed up first. No answer is deleted: answers that no longer fit are archived and stay visible.</source>
        <translation>Primeiro é feito um backup do banco de dados. Nenhuma resposta é excluída: as respostas que não se encaixam mais são arquivadas e continuam visíveis.</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>The language was not changed</source>
        <translation>O idioma não foi alterado</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Respostas não salvas</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Corrija isto primeiro: %1</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>e.g. Hanbit Clinic</source>
        <translation>ex.: Clínica Bem-Estar</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <source>Contact person, contract, anything worth remembering about this client</source>
        <translation>Pessoa de contato, contrato, tudo o que vale lembrar sobre este cliente</translation>
    </message>
    <message>
        <source>Notes about the client</source>
        <translation>Observações sobre o cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <source>A client named “%1” already exists. Choose another name.</source>
        <translation>Já existe um cliente chamado “%1”. Escolha outro nome.</translation>
    </message>
    <message>
        <source>The client was not saved: %1</source>
        <translation>O cliente não foi salvo: %1</translation>
    </message>
</context>
<context>
    <name>ClientManager</name>
    <message>
        <source>The client was not deleted</source>
        <translation>O cliente não foi excluído</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Nada foi excluído: %1</translation>
    </message>
    <message>
        <source>Deleted “%1” (assessments deleted: %2). Backup of the database: %3</source>
        <translation>“%1” excluído (avaliações excluídas: %2). Backup do banco de dados: %3</translation>
    </message>
    <message>
        <source>Delete the client “%1” and its assessment?</source>
        <translation>Excluir o cliente “%1” e a avaliação dele?</translation>
    </message>
    <message>
        <source>Delete the client “%1” and all %2 of its assessments?</source>
        <translation>Excluir o cliente “%1” e todas as %2 avaliações dele?</translation>
    </message>
    <message>
        <source>Delete the client “%1”? It has no assessments.</source>
        <translation>Excluir o cliente “%1”? Ele não tem avaliações.</translation>
    </message>
    <message>
        <source>Answers and measure plans are deleted too. This cannot be undone.</source>
        <translation>As respostas e os planos de medidas também são excluídos. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Excluir cliente</translation>
    </message>
    <message>
        <source>A backup copy of the database is saved next to it first.</source>
        <translation>Antes, uma cópia de backup do banco de dados é salva ao lado dele.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferenças</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>&amp;Antes</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Depois</translation>
    </message>
    <message>
        <source>Revision %1 (%2, %3)</source>
        <translation>Versão %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Assessment: %1 — %2</source>
        <translation>Avaliação: %1 — %2</translation>
    </message>
    <message>
        <source>Current work</source>
        <translation>Trabalho atual</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Nothing to compare yet: a revision is kept each time the assessment is approved, and other assessments of the same questionnaire are listed here.</source>
        <translation>Ainda não há o que comparar: uma versão é guardada a cada aprovação da avaliação, e outras avaliações do mesmo questionário aparecem aqui.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Não é possível comparar</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Risks (inherent, current, target)</source>
        <translation>Riscos (inerente, atual, alvo)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Section verdicts</source>
        <translation>Conclusões das seções</translation>
    </message>
    <message>
        <source>Sections switched off</source>
        <translation>Seções desativadas</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Pareceres</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>De “%1” para “%2”</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nada mudou</translation>
    </message>
    <message>
        <source>inherent</source>
        <translation>inerente</translation>
    </message>
    <message>
        <source>current</source>
        <translation>atual</translation>
    </message>
    <message>
        <source>target</source>
        <translation>alvo</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>Encarregado (DPO)</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Titulares dos dados</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Enter a date as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>Digite uma data no formato AAAA-MM-DD, ex.: 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Escolher uma data</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attach &amp;to</source>
        <translation>Ane&amp;xar a</translation>
    </message>
    <message>
        <source>Attach f&amp;iles…</source>
        <translation>Anexar arqu&amp;ivos…</translation>
    </message>
    <message>
        <source>&amp;Open with the system viewer</source>
        <translation>Abrir com o &amp;visualizador do sistema</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Anexado a</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Adicionado por</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Arquivos anexados</translation>
    </message>
    <message>
        <source>Drop files here or choose them. Each is kept in the data folder under its SHA-256 and never run; it opens only when you ask. Limits: %1 per file, %2 per assessment.</source>
        <translation>Solte arquivos aqui ou escolha-os. Cada um fica guardado na pasta de dados pelo seu SHA-256 e nunca é executado; só abre quando você pedir. Limites: %1 por arquivo, %2 por avaliação.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Não anexados</translation>
    </message>
    <message>
        <source>These files were not attached (nothing of them was kept):</source>
        <translation>Estes arquivos não foram anexados (nada deles foi guardado):</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Não é possível abrir o arquivo</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>Excluir anexo</translation>
    </message>
    <message>
        <source>Delete “%1” from this assessment?

An approved revision that lists it keeps the file until that revision is gone.</source>
        <translation>Excluir “%1” desta avaliação?

Uma versão aprovada que o lista mantém o arquivo enquanto existir.</translation>
    </message>
    <message>
        <source>The file was not deleted</source>
        <translation>O arquivo não foi excluído</translation>
    </message>
</context>
<context>
    <name>EvidenceTargets</name>
    <message>
        <source>The whole assessment</source>
        <translation>Avaliação inteira</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Seção: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Resposta: %1</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>Medida: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>Export exchange file</source>
        <translation>Exportar arquivo de intercâmbio</translation>
    </message>
    <message>
        <source>AIPIA exchange file (*.aipia)</source>
        <translation>Arquivo de intercâmbio AIPIA (*.aipia)</translation>
    </message>
    <message>
        <source>The exchange file was not written</source>
        <translation>O arquivo de intercâmbio não foi gravado</translation>
    </message>
    <message>
        <source>Encrypting and writing %1…</source>
        <translation>Criptografando e gravando %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <source>Import exchange file</source>
        <translation>Importar arquivo de intercâmbio</translation>
    </message>
    <message>
        <source>AIPIA exchange file (*.aipia);;All files (*)</source>
        <translation>Arquivo de intercâmbio AIPIA (*.aipia);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Encrypted exchange file</source>
        <translation>Arquivo de intercâmbio criptografado</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Frase secreta de %1:</translation>
    </message>
    <message>
        <source>The exchange file was not imported</source>
        <translation>O arquivo de intercâmbio não foi importado</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Imported, with a warning</source>
        <translation>Importado, com um aviso</translation>
    </message>
    <message>
        <source>“%1” for %2

Answers: %3
Revisions: %4
Attached files: %5
Encrypted: %6

Import it? An older copy of the same assessment here is replaced only if nothing here would be lost.</source>
        <translation>“%1” para %2

Respostas: %3
Versões: %4
Arquivos anexados: %5
Criptografado: %6

Importar? Uma cópia mais antiga da mesma avaliação aqui só é substituída se nada for perdido.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
</context>
<context>
    <name>FeedNotice</name>
    <message>
        <source>A pack feed could not be checked; see Tools → Pack feeds…</source>
        <translation>Um feed de questionários não pôde ser verificado; veja Ferramentas → Feeds de questionários…</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Pack feeds</source>
        <translation>Feeds de questionários</translation>
    </message>
    <message>
        <source>&amp;Check my feeds for updates when AIPIA starts (at most once a day)</source>
        <translation>&amp;Verificar meus feeds quando o AIPIA iniciar (no máximo uma vez por dia)</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última verificação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Available packs</source>
        <translation>Questionários disponíveis</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Questionário</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Adicionar feed…</translation>
    </message>
    <message>
        <source>&amp;Remove feed</source>
        <translation>&amp;Remover feed</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Verificar &amp;agora</translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation>&amp;Instalar…</translation>
    </message>
    <message>
        <source>A feed tells you when a publisher you follow (a regulator, a sector body) releases a new version of its questionnaire pack. AIPIA uses the network only when you check, or at start-up if you turn that on.</source>
        <translation>Um feed avisa quando um editor que você segue (uma autoridade, um órgão setorial) publica uma nova versão do seu questionário. O AIPIA só usa a rede quando você verifica, ou ao iniciar se você ativar essa opção.</translation>
    </message>
    <message>
        <source>Newer packs the feeds offered at their last check:</source>
        <translation>Questionários mais recentes oferecidos pelos feeds na última verificação:</translation>
    </message>
    <message>
        <source>What is sent when AIPIA checks a feed on the internet: a secure (HTTPS) request for the feed&apos;s index.json and index.sig, and for a pack&apos;s file when you install it, with only these headers: Host, User-Agent: AIPIA/%1, Accept-Encoding: identity, Connection: close. No cookies, no identifier, nothing about you or your assessments. Plain HTTP and redirects to other sites are refused; your system&apos;s proxy setting is used. A feed in a folder (a USB stick, a shared drive) uses no network.</source>
        <translation>O que é enviado quando o AIPIA verifica um feed na internet: uma solicitação segura (HTTPS) dos arquivos index.json e index.sig do feed, e do arquivo de um questionário quando você o instala, apenas com estes cabeçalhos: Host, User-Agent: AIPIA/%1, Accept-Encoding: identity, Connection: close. Nenhum cookie, nenhum identificador, nada sobre você ou suas avaliações. HTTP sem criptografia e redirecionamentos para outros sites são recusados; a configuração de proxy do seu sistema é usada. Um feed em uma pasta (um pen drive, uma unidade compartilhada) não usa a rede.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>não instalado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <source>OK (index version %1)</source>
        <translation>OK (índice versão %1)</translation>
    </message>
    <message>
        <source>Feed added. Nothing was fetched: click “Check now”.</source>
        <translation>Feed adicionado. Nada foi baixado: clique em “Verificar agora”.</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Remover feed</translation>
    </message>
    <message>
        <source>Stop following %1? Packs installed from it stay installed.</source>
        <translation>Deixar de seguir %1? Os questionários instalados a partir dele continuam instalados.</translation>
    </message>
    <message>
        <source>Checking your feeds…</source>
        <translation>Verificando seus feeds…</translation>
    </message>
    <message>
        <source>Checked %1 feed(s): %2 newer pack version(s) offered.</source>
        <translation>%1 feed(s) verificado(s): %2 versão(ões) mais recente(s) de questionário oferecida(s).</translation>
    </message>
    <message>
        <source>%1 feed(s) could not be checked; see Status.</source>
        <translation>%1 feed(s) não puderam ser verificados; veja Situação.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <translation>Orientações</translation>
    </message>
    <message>
        <source>No guidance for this question.</source>
        <translation>Nenhuma orientação para esta pergunta.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Select a question to see its guidance here.</source>
        <translation>Selecione uma pergunta para ver as orientações aqui.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>%5 — likelihood %1, severity %2: level %3, risks here: %4</source>
        <translation>%5 — probabilidade %1, gravidade %2: nível %3, riscos aqui: %4</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>AIPIA help</source>
        <translation>Ajuda do AIPIA</translation>
    </message>
    <message>
        <source>Choose “New assessment…”, name the client and the AI system, and pick the questionnaire and its language.</source>
        <translation>Escolha “Nova avaliação…”, informe o cliente e o sistema de IA e escolha o questionário e o idioma.</translation>
    </message>
    <message>
        <source>Answer the questions section by section. The panel on the right explains each question and cites its sources. If you do not know an answer, say so: “Unknown” is a valid answer and shows where to look further.</source>
        <translation>Responda às perguntas seção por seção. O painel à direita explica cada pergunta e cita as fontes. Se você não souber uma resposta, diga: “Não sei” é uma resposta válida e mostra onde investigar mais.</translation>
    </message>
    <message>
        <source>Answers are saved as you type. You can close the app at any time and carry on later where you left off.</source>
        <translation>As respostas são salvas enquanto você digita. Você pode fechar o aplicativo a qualquer momento e continuar depois de onde parou.</translation>
    </message>
    <message>
        <source>The Risks tab shows, as you answer, which risks your answers raise, why, and what to do. Give each measure an owner, a due date and a status.</source>
        <translation>A aba Riscos mostra, à medida que você responde, quais riscos suas respostas indicam, por quê e o que fazer. Defina para cada medida um responsável, um prazo e uma situação.</translation>
    </message>
    <message>
        <source>Create the PDF report with File › Export report. It embeds your answers, so it can be checked and re-imported later.</source>
        <translation>Crie o relatório em PDF com Arquivo › Exportar relatório. Ele contém suas respostas, então pode ser verificado e reimportado depois.</translation>
    </message>
    <message>
        <source>Next / previous section</source>
        <translation>Seção seguinte / anterior</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Campo seguinte / anterior</translation>
    </message>
    <message>
        <source>Table: add row / remove row</source>
        <translation>Tabela: adicionar / remover linha</translation>
    </message>
    <message>
        <source>Table: move row</source>
        <translation>Tabela: mover linha</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Salvar agora</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>Seus dados ficam em: %1</translation>
    </message>
    <message>
        <source>How to assess an AI system</source>
        <translation>Como avaliar um sistema de IA</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>History of the judgement</source>
        <translation>Histórico da avaliação</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nada registrado ainda.</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1 apagado(a)</translation>
    </message>
    <message>
        <source>%1 set: %2</source>
        <translation>%1 registrado(a): %2</translation>
    </message>
    <message>
        <source>the rules&apos; step</source>
        <translation>o nível das regras</translation>
    </message>
    <message>
        <source>by %1 (%2) on %3, at %4</source>
        <translation>por %1 (%2) em %3, no nível %4</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Add client…</source>
        <translation>Adicionar cliente…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Rename the client or change its notes</source>
        <translation>Renomear o cliente ou alterar as observações</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Delete the client and its assessments</source>
        <translation>Excluir o cliente e as avaliações dele</translation>
    </message>
    <message>
        <source>Rename or edit notes…</source>
        <translation>Renomear ou editar observações…</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Excluir cliente…</translation>
    </message>
    <message>
        <source>Search by title or client</source>
        <translation>Pesquisar por título ou cliente</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>Pesquisar avaliações</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por situação</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nova avaliação…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation>Risco geral</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>Seus dados ficam em: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em revisão</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <source>Active (not archived)</source>
        <translation>Ativas (não arquivadas)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abrindo seus dados…</translation>
    </message>
    <message>
        <source>No assessments yet.
Choose “New assessment…” to start one: the built-in questionnaire is ready to use.</source>
        <translation>Nenhuma avaliação ainda.
Escolha “Nova avaliação…” para começar: o questionário integrado está pronto para uso.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>Pack missing</source>
        <translation>Questionário ausente</translation>
    </message>
    <message>
        <source>None raised</source>
        <translation>Nenhum risco</translation>
    </message>
</context>
<context>
    <name>JudgementForm</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
</context>
<context>
    <name>LanguageQuestion</name>
    <message>
        <source>Assessment language</source>
        <translation>Idioma da avaliação</translation>
    </message>
    <message>
        <source>This questionnaire is only available in %1.</source>
        <translation>Este questionário só está disponível em %1.</translation>
    </message>
    <message>
        <source>Show this assessment in:</source>
        <translation>Mostrar esta avaliação em:</translation>
    </message>
    <message>
        <source>Switch this assessment from %1 to %2?</source>
        <translation>Mudar esta avaliação de %1 para %2?</translation>
    </message>
    <message>
        <source>Its questions, guidance and risks will be shown in %1, and its reports will be in %1 unless you choose otherwise. Your answers are kept as they are. The language of menus and buttons does not change (Tools › Preferences).</source>
        <translation>As perguntas, orientações e riscos serão mostrados em %1, e os relatórios serão em %1, a menos que você escolha outro idioma. Suas respostas continuam como estão. O idioma dos menus e botões não muda (Ferramentas › Preferências).</translation>
    </message>
    <message>
        <source>Change the assessment language</source>
        <translation>Alterar o idioma da avaliação</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Approved as revision %1 — read-only. Editing starts a new revision; the approved one is kept as it is.</source>
        <translation>Aprovada como versão %1 — somente leitura. Para editar, inicie uma nova versão; a aprovada fica como está.</translation>
    </message>
    <message>
        <source>Start a &amp;new revision</source>
        <translation>Iniciar &amp;nova versão</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read-only: this data folder cannot be written, so nothing can be changed.</source>
        <translation>Somente leitura: não é possível gravar nesta pasta de dados, então nada pode ser alterado.</translation>
    </message>
    <message>
        <source>AI privacy impact assessment</source>
        <translation>Avaliação de impacto de sistemas de IA na privacidade</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Desarquivar</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arquivar</translation>
    </message>
    <message>
        <source>This assessment cannot be opened</source>
        <translation>Esta avaliação não pode ser aberta</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Respostas não salvas</translation>
    </message>
    <message>
        <source>Some answers could not be saved: %1

Close anyway and lose them?</source>
        <translation>Algumas respostas não puderam ser salvas: %1

Fechar mesmo assim e perdê-las?</translation>
    </message>
    <message>
        <source>All answers are saved. AIPIA saves every answer as you type.</source>
        <translation>Todas as respostas estão salvas. O AIPIA salva cada resposta enquanto você digita.</translation>
    </message>
    <message>
        <source>%1 (re-assessment)</source>
        <translation>%1 (reavaliação)</translation>
    </message>
    <message>
        <source>Duplicate as re-assessment</source>
        <translation>Duplicar como reavaliação</translation>
    </message>
    <message>
        <source>Title of the new assessment:</source>
        <translation>Título da nova avaliação:</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Alterações solicitadas</translation>
    </message>
    <message>
        <source>What must change?</source>
        <translation>O que precisa mudar?</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>O status não foi alterado</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Excluir avaliação</translation>
    </message>
    <message>
        <source>Delete “%1” for %2?

Its answers and measure plans are deleted too. This cannot be undone.</source>
        <translation>Excluir “%1” de %2?

As respostas e os planos de medidas também são excluídos. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Export assessment data</source>
        <translation>Exportar dados da avaliação</translation>
    </message>
    <message>
        <source>AIPIA data (*.json)</source>
        <translation>Dados do AIPIA (*.json)</translation>
    </message>
    <message>
        <source>The data was not exported</source>
        <translation>Os dados não foram exportados</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <source>Import assessment data</source>
        <translation>Importar dados de avaliação</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>O arquivo não foi importado</translation>
    </message>
    <message>
        <source>Imported, with a warning</source>
        <translation>Importado, com um aviso</translation>
    </message>
    <message>
        <source>About AIPIA</source>
        <translation>Sobre o AIPIA</translation>
    </message>
    <message>
        <source>Privacy impact assessments of AI systems, offline.</source>
        <translation>Avaliações de impacto de sistemas de IA na privacidade, offline.</translation>
    </message>
    <message>
        <source>Your answers never leave this computer.</source>
        <translation>Suas respostas nunca saem deste computador.</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>Seus dados ficam em: %1</translation>
    </message>
</context>
<context>
    <name>MeasurePlanEditor</name>
    <message>
        <source>Who is in charge</source>
        <translation>Quem é responsável</translation>
    </message>
    <message>
        <source>Owner of: %1</source>
        <translation>Responsável por: %1</translation>
    </message>
    <message>
        <source>Due date of: %1</source>
        <translation>Prazo de: %1</translation>
    </message>
    <message>
        <source>Status of: %1</source>
        <translation>Situação de: %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>★ Key measure: the level after measures assumes it.</source>
        <translation>★ Medida-chave: o nível depois das medidas pressupõe que ela esteja implantada.</translation>
    </message>
    <message>
        <source>Nobody plans it: it keeps this risk at %1 with the plan.</source>
        <translation>Ninguém a planeja: ela mantém este risco em %1 com o plano.</translation>
    </message>
    <message>
        <source>must do</source>
        <translation>obrigatória</translation>
    </message>
    <message>
        <source>should do</source>
        <translation>recomendada</translation>
    </message>
    <message>
        <source>could do</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Ainda não planejada</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planejada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nova avaliação</translation>
    </message>
    <message>
        <source>e.g. Hanbit Clinic</source>
        <translation>ex.: Clínica Bem-Estar</translation>
    </message>
    <message>
        <source>e.g. Patient-note summariser</source>
        <translation>ex.: Resumo de prontuários</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionário</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionário</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>No questionnaire pack is available. Import one with Tools › Questionnaire packs.</source>
        <translation>Nenhum questionário disponível. Importe um em Ferramentas › Questionários.</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>Enter a whole number, e.g. 12.</source>
        <translation>Digite um número inteiro, ex.: 12.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12 or 3.5.</source>
        <translation>Digite um número, ex.: 12 ou 3,5.</translation>
    </message>
</context>
<context>
    <name>OfferCard</name>
    <message>
        <source>An update of pack “%1” is available</source>
        <translation>Uma atualização do questionário “%1” está disponível</translation>
    </message>
    <message>
        <source>Version %1 (you have %2)</source>
        <translation>Versão %1 (você tem a %2)</translation>
    </message>
    <message>
        <source>A new pack is available: “%1”</source>
        <translation>Um novo questionário está disponível: “%1”</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>From the feed %1</source>
        <translation>Do feed %1</translation>
    </message>
    <message>
        <source>The publisher gave no release notes.</source>
        <translation>O editor não forneceu notas da versão.</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Notas da versão</translation>
    </message>
    <message>
        <source>&amp;Install version %1</source>
        <translation>&amp;Instalar a versão %1</translation>
    </message>
    <message>
        <source>Release notes:</source>
        <translation>Notas da versão:</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>DPO&apos;s opinion</source>
        <translation>Parecer do encarregado (DPO)</translation>
    </message>
    <message>
        <source>Opinion of the people concerned</source>
        <translation>Parecer dos titulares dos dados</translation>
    </message>
    <message>
        <source>They were &amp;asked</source>
        <translation>Foram &amp;consultados</translation>
    </message>
    <message>
        <source>&amp;Favourable</source>
        <translation>&amp;Favorável</translation>
    </message>
    <message>
        <source>&amp;Unfavourable</source>
        <translation>&amp;Desfavorável</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Who was asked</source>
        <translation>&amp;Quem foi consultado</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Parecer</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>Why &amp;not asked</source>
        <translation>&amp;Por que não foram consultados</translation>
    </message>
</context>
<context>
    <name>OpinionsBox</name>
    <message>
        <source>DPO</source>
        <translation>Encarregado (DPO)</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Titulares dos dados</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Pareceres</translation>
    </message>
    <message>
        <source>Record the &amp;DPO&apos;s opinion…</source>
        <translation>Registrar parecer do &amp;DPO…</translation>
    </message>
    <message>
        <source>Record the people&apos;s &amp;opinion…</source>
        <translation>Registrar parecer dos &amp;titulares…</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Ainda não registrado</translation>
    </message>
    <message>
        <source>Not asked: %1</source>
        <translation>Não solicitado: %1</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>Registrado por %1, %2</translation>
    </message>
</context>
<context>
    <name>PackChanges</name>
    <message>
        <source>%1 added (%2)</source>
        <translation>%1 adicionado(s) (%2)</translation>
    </message>
    <message>
        <source>%1 removed (%2)</source>
        <translation>%1 removido(s) (%2)</translation>
    </message>
    <message>
        <source>%1 renamed (%2)</source>
        <translation>%1 renomeado(s) (%2)</translation>
    </message>
    <message>
        <source>%1 changed (%2)</source>
        <translation>%1 alterado(s) (%2)</translation>
    </message>
    <message>
        <source>No question, choice, risk or measure changed.</source>
        <translation>Nenhuma pergunta, opção, risco ou medida mudou.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riscos</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Choices of %1</source>
        <translation>Opções de %1</translation>
    </message>
    <message>
        <source>Answers kept: %1</source>
        <translation>Respostas mantidas: %1</translation>
    </message>
    <message>
        <source>Answers moved to renamed questions: %1</source>
        <translation>Respostas movidas para perguntas renomeadas: %1</translation>
    </message>
    <message>
        <source>Answers archived (kept and shown, never deleted): %1</source>
        <translation>Respostas arquivadas (mantidas e exibidas, nunca excluídas): %1</translation>
    </message>
    <message>
        <source>Questions to review: %1</source>
        <translation>Perguntas a revisar: %1</translation>
    </message>
    <message>
        <source>New in this version of the questionnaire: please answer it.</source>
        <translation>Nova nesta versão do questionário: responda, por favor.</translation>
    </message>
    <message>
        <source>Changed in the new version of the questionnaire: check your answer.</source>
        <translation>Alterada na nova versão do questionário: confira sua resposta.</translation>
    </message>
    <message>
        <source>Your earlier answer no longer fits this question and was archived: please answer again.</source>
        <translation>Sua resposta anterior não se encaixa mais nesta pergunta e foi arquivada: responda novamente, por favor.</translation>
    </message>
    <message>
        <source>The publisher removed the question.</source>
        <translation>O editor removeu a pergunta.</translation>
    </message>
    <message>
        <source>The question is no longer in the questionnaire.</source>
        <translation>A pergunta não está mais no questionário.</translation>
    </message>
    <message>
        <source>The answer no longer fits the changed question.</source>
        <translation>A resposta não se encaixa mais na pergunta alterada.</translation>
    </message>
    <message>
        <source>Another answer moved to the same question.</source>
        <translation>Outra resposta foi movida para a mesma pergunta.</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Questionnaire packs</source>
        <translation>Questionários</translation>
    </message>
    <message>
        <source>Installed packs</source>
        <translation>Questionários instalados</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>&amp;Import pack folder…</source>
        <translation>&amp;Importar pasta de questionário…</translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation>Importar &amp;pacote…</translation>
    </message>
    <message>
        <source>Problems found in the pack</source>
        <translation>Problemas encontrados no questionário</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>&amp;Questionários</translation>
    </message>
    <message>
        <source>&amp;Trusted keys</source>
        <translation>&amp;Chaves confiáveis</translation>
    </message>
    <message>
        <source>Installed questionnaire packs:</source>
        <translation>Questionários instalados:</translation>
    </message>
    <message>
        <source>Signed bundle</source>
        <translation>Pacote assinado</translation>
    </message>
    <message>
        <source>Unsigned bundle</source>
        <translation>Pacote não assinado</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>Imported folder</source>
        <translation>Pasta importada</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expirou em %1</translation>
    </message>
    <message>
        <source>Comes with AIPIA.</source>
        <translation>Incluído no AIPIA.</translation>
    </message>
    <message>
        <source>Signed by a trusted key: %1</source>
        <translation>Assinado por uma chave confiável: %1</translation>
    </message>
    <message>
        <source>Signed by a key you do not trust: %1</source>
        <translation>Assinado por uma chave em que você não confia: %1</translation>
    </message>
    <message>
        <source>Not signed: no publisher vouches for this pack.</source>
        <translation>Não assinado: nenhum editor garante este questionário.</translation>
    </message>
    <message>
        <source>Choose a pack folder</source>
        <translation>Escolher uma pasta de questionário</translation>
    </message>
    <message>
        <source>Choose a pack bundle</source>
        <translation>Escolher um pacote de questionário</translation>
    </message>
    <message>
        <source>Pack bundles (*.aipack);;All files (*)</source>
        <translation>Pacotes de questionário (*.aipack);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The pack was not installed: %1</source>
        <translation>O questionário não foi instalado: %1</translation>
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation>%1 não foi instalado.</translation>
    </message>
    <message>
        <source>Unverified pack</source>
        <translation>Questionário não verificado</translation>
    </message>
    <message>
        <source>%1 is signed by a key you do not trust yet.</source>
        <translation>%1 está assinado por uma chave em que você ainda não confia.</translation>
    </message>
    <message>
        <source>Fingerprint of the key:
%1

Compare it with the fingerprint the publisher gives, for example on its web site. Trust the key only if they are the same; otherwise you can install the pack marked as unverified.</source>
        <translation>Impressão digital da chave:
%1

Compare-a com a impressão digital informada pelo editor, por exemplo no site dele. Confie na chave somente se forem iguais; caso contrário, você pode instalar o questionário marcado como não verificado.</translation>
    </message>
    <message>
        <source>&amp;Trust this key and install</source>
        <translation>&amp;Confiar nesta chave e instalar</translation>
    </message>
    <message>
        <source>%1 is not signed: nobody vouches for its content.</source>
        <translation>%1 não está assinado: ninguém garante o conteúdo dele.</translation>
    </message>
    <message>
        <source>Install it only if you know where it comes from. It will be marked as unverified in the list of packs, in its assessments and on their reports.</source>
        <translation>Instale-o somente se souber de onde ele vem. Ele será marcado como não verificado na lista de questionários, nas avaliações dele e nos relatórios delas.</translation>
    </message>
    <message>
        <source>Install as &amp;unverified</source>
        <translation>Instalar como &amp;não verificado</translation>
    </message>
    <message>
        <source>The pack in %1 was not installed. Problems found: %2</source>
        <translation>O questionário em %1 não foi instalado. Problemas encontrados: %2</translation>
    </message>
    <message>
        <source>Installed %1 %2.</source>
        <translation>%1 %2 instalado.</translation>
    </message>
    <message>
        <source>It is marked unverified: no trusted publisher vouches for it.</source>
        <translation>Ele está marcado como não verificado: nenhum editor confiável o garante.</translation>
    </message>
    <message>
        <source>What changed since %1:</source>
        <translation>O que mudou desde a %1:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Export exchange file</source>
        <translation>Exportar arquivo de intercâmbio</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (for e-mail)</source>
        <translation>&amp;Criptografar com uma frase secreta (para envio por e-mail)</translation>
    </message>
    <message>
        <source>Give the passphrase to the recipient another way (by phone, not in the same e-mail). Without it the file cannot be opened.</source>
        <translation>Passe a frase secreta ao destinatário por outro meio (por telefone, não no mesmo e-mail). Sem ela o arquivo não pode ser aberto.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase secreta</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repita</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>A frase secreta é curta demais: use pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>As duas frases secretas são diferentes; digite-as de novo.</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>The questionnaire leaves this risk to you to rate: use Rate below.</source>
        <translation>O questionário deixa a avaliação deste risco para você: use Avaliar abaixo.</translation>
    </message>
    <message>
        <source>Rated by the assessor.</source>
        <translation>Avaliado pelo avaliador.</translation>
    </message>
    <message>
        <source>Rated by the assessor; the rules say %1.</source>
        <translation>Avaliado pelo avaliador; segundo as regras: %1.</translation>
    </message>
    <message>
        <source>Kept at %1 with the plan by measures nobody plans: %2</source>
        <translation>Mantido em %1 com o plano por medidas que ninguém planeja: %2</translation>
    </message>
    <message>
        <source>Kept at %1 today by measures not done yet: %2</source>
        <translation>Mantido em %1 hoje por medidas ainda não concluídas: %2</translation>
    </message>
</context>
<context>
    <name>ProposalTree</name>
    <message>
        <source>Question or column</source>
        <translation>Pergunta ou coluna</translation>
    </message>
    <message>
        <source>Proposed answer</source>
        <translation>Resposta proposta</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Lida de</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Resposta atual</translation>
    </message>
    <message>
        <source>Proposed answers</source>
        <translation>Respostas propostas</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Outras perguntas</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation>Limpar esta resposta</translation>
    </message>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>Limpar a resposta a: %1</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anexar…</translation>
    </message>
    <message>
        <source>Attach a file as evidence for this answer (or drop files on the question)</source>
        <translation>Anexar um arquivo como evidência desta resposta (ou soltar arquivos sobre a pergunta)</translation>
    </message>
    <message>
        <source>Attach evidence to: %1</source>
        <translation>Anexar evidência a: %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatória</translation>
    </message>
    <message>
        <source>Nothing to choose from yet: answer “%1” first.</source>
        <translation>Nada para escolher ainda: responda primeiro a “%1”.</translation>
    </message>
    <message>
        <source>Scan a model folder…</source>
        <translation>Analisar uma pasta de modelo…</translation>
    </message>
    <message>
        <source>Read model files on this computer and propose answers</source>
        <translation>Ler os arquivos de modelo neste computador e propor respostas</translation>
    </message>
</context>
<context>
    <name>RateForm</name>
    <message>
        <source>Why the likelihood or severity is not what the rules say</source>
        <translation>Por que a probabilidade ou a gravidade não é a que as regras indicam</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Salvar a avaliação</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Apagar a avaliação</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Probabilidade:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravidade:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justificativa:</translation>
    </message>
    <message>
        <source>Choose a step</source>
        <translation>Escolha um nível</translation>
    </message>
    <message>
        <source>Keep the rules&apos; step (%1)</source>
        <translation>Manter o nível das regras (%1)</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Saved: %1, by %2 on %3.</source>
        <translation>Salvo: %1, por %2 em %3.</translation>
    </message>
    <message>
        <source>No rating of yours yet: the rules&apos; levels are used.</source>
        <translation>Você ainda não avaliou: valem os níveis das regras.</translation>
    </message>
    <message>
        <source>The answers changed since this rating: the rules now say %1. Check that your rating still holds.</source>
        <translation>As respostas mudaram desde esta avaliação: agora as regras indicam %1. Verifique se a sua avaliação ainda vale.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Switch a section off</source>
        <translation>Desativar uma seção</translation>
    </message>
    <message>
        <source>Why does “%1” not apply to this assessment? The reason is kept with your name and shown in the report.</source>
        <translation>Por que “%1” não se aplica a esta avaliação? O motivo é guardado com seu nome e aparece no relatório.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>ReasonsPanel</name>
    <message>
        <source>Details for auditors</source>
        <translation>Detalhes para auditores</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Level chosen by</source>
        <translation>Nível definido por</translation>
    </message>
    <message>
        <source>Answers the rules read</source>
        <translation>Respostas lidas pelas regras</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Create report</source>
        <translation>Criar relatório</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Modelo de relatório</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma do relatório</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Salvar o relatório como</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Situação do relatório</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>Criar PDF</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation>&amp;Comparar com</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Salvar como</translation>
    </message>
    <message>
        <source>Reports cannot be created on this installation: %1</source>
        <translation>Não é possível criar relatórios nesta instalação: %1</translation>
    </message>
    <message>
        <source>The pack&apos;s own template</source>
        <translation>O modelo próprio do questionário</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another place.</source>
        <translation>A pasta %1 não existe; escolha outro local.</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Criando o relatório…</translation>
    </message>
    <message>
        <source>Create file</source>
        <translation>Criar arquivo</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir arquivo</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>Diagramando a página %1…</translation>
    </message>
    <message>
        <source>Writing %1 pages…</source>
        <translation>Gravando %1 páginas…</translation>
    </message>
    <message>
        <source>Preparing the layout…</source>
        <translation>Preparando a diagramação…</translation>
    </message>
    <message>
        <source>Filling in the template…</source>
        <translation>Preenchendo o modelo…</translation>
    </message>
    <message>
        <source>Starting the PDF engine…</source>
        <translation>Iniciando o gerador de PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Relatório salvo: %1</translation>
    </message>
    <message>
        <source>(pages: %1)</source>
        <translation>(páginas: %1)</translation>
    </message>
    <message>
        <source>The report could not be created: %1</source>
        <translation>Não foi possível criar o relatório: %1</translation>
    </message>
    <message>
        <source>Cancelled; no report was saved.</source>
        <translation>Cancelado; nenhum relatório foi salvo.</translation>
    </message>
    <message>
        <source>The report is saved, but no program to open PDF files was found. Find the file “%1” in the folder %2.</source>
        <translation>O relatório foi salvo, mas não foi encontrado nenhum programa para abrir arquivos PDF. O arquivo “%1” está na pasta %2.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>File format</source>
        <translation>Formato do arquivo</translation>
    </message>
    <message>
        <source>PDF (the record of an approved revision)</source>
        <translation>PDF (o registro de uma versão aprovada)</translation>
    </message>
    <message>
        <source>Word document (.docx), to edit</source>
        <translation>Documento Word (.docx), editável</translation>
    </message>
    <message>
        <source>Action plan as a spreadsheet (.xlsx)</source>
        <translation>Plano de ação em planilha (.xlsx)</translation>
    </message>
    <message>
        <source>Action plan as CSV (.csv)</source>
        <translation>Plano de ação em CSV (.csv)</translation>
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
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Compare with revision</source>
        <translation>Comparar com a versão</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Sem comparação</translation>
    </message>
    <message>
        <source>Revision %1 (appendix of what changed since)</source>
        <translation>Versão %1 (apêndice do que mudou desde então)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>AIPIA keeps a copy of your database at the first change of each day, and before every update of the database or of a questionnaire pack. Restoring a backup replaces all your current data with it; the current database is kept as a backup first.</source>
        <translation>O AIPIA guarda uma cópia do seu banco de dados na primeira alteração de cada dia e antes de cada atualização do banco de dados ou de um questionário. Restaurar um backup substitui todos os seus dados atuais; antes, o banco de dados atual é guardado como backup.</translation>
    </message>
    <message>
        <source>AIPIA cannot use your database:</source>
        <translation>O AIPIA não pode usar seu banco de dados:</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Nenhum backup ainda.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danificado</translation>
    </message>
    <message>
        <source>Before the database was updated</source>
        <translation>Antes da atualização do banco de dados</translation>
    </message>
    <message>
        <source>Before assessment %1 moved to a newer pack</source>
        <translation>Antes de a avaliação %1 passar para um questionário mais recente</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diário</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Feito sob demanda</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Substituído por uma restauração</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurar este backup?</translation>
    </message>
    <message>
        <source>Replace all your current data with the backup made on %1 (%2 assessments)?

The current database is kept as a backup first, so this can be undone.</source>
        <translation>Substituir todos os seus dados atuais pelo backup de %1 (%2 avaliações)?

O banco de dados atual é guardado antes como backup, então isso pode ser desfeito.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>O backup não foi restaurado</translation>
    </message>
    <message>
        <source>Restored the backup; your previous data was kept as a backup.</source>
        <translation>Backup restaurado; seus dados anteriores foram guardados como backup.</translation>
    </message>
</context>
<context>
    <name>ReviewSync</name>
    <message>
        <source>Reviewer&apos;s verdict: %1</source>
        <translation>Conclusão do revisor: %1</translation>
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
        <translation>Autor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Review trail</source>
        <translation>Histórico da revisão</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <source>Whole assessment</source>
        <translation>Avaliação inteira</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>&amp;Send to review</source>
        <translation>&amp;Enviar para revisão</translation>
    </message>
    <message>
        <source>Request c&amp;hanges…</source>
        <translation>Solicitar &amp;alterações…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;provar…</translation>
    </message>
    <message>
        <source>Start a &amp;new revision</source>
        <translation>Iniciar &amp;nova versão</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Situação: %1</translation>
    </message>
    <message>
        <source>last approved: revision %1 (%2, %3)</source>
        <translation>última aprovação: versão %1 (%2, %3)</translation>
    </message>
    <message>
        <source>working on revision %1</source>
        <translation>trabalhando na versão %1</translation>
    </message>
    <message>
        <source>sections to fix: %1</source>
        <translation>seções a corrigir: %1</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>A situação não foi alterada</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Solicitar alterações</translation>
    </message>
    <message>
        <source>What must change?</source>
        <translation>O que precisa mudar?</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Approve this assessment as revision %1. Comment (optional):</source>
        <translation>Aprovar esta avaliação como versão %1. Comentário (opcional):</translation>
    </message>
    <message>
        <source>No new revision was started</source>
        <translation>Nenhuma nova versão foi iniciada</translation>
    </message>
    <message>
        <source>The verdict was not recorded</source>
        <translation>A conclusão não foi registrada</translation>
    </message>
    <message>
        <source>The comment was not recorded</source>
        <translation>O comentário não foi registrado</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>Acceptable</source>
        <translation>Aceitável</translation>
    </message>
    <message>
        <source>Improvable</source>
        <translation>A melhorar</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>A corrigir</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em revisão</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivada</translation>
    </message>
    <message>
        <source>Sent to review</source>
        <translation>Enviada para revisão</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Alterações solicitadas</translation>
    </message>
    <message>
        <source>New revision started</source>
        <translation>Nova versão iniciada</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Desarquivada</translation>
    </message>
    <message>
        <source>Favourable</source>
        <translation>Favorável</translation>
    </message>
    <message>
        <source>Unfavourable</source>
        <translation>Desfavorável</translation>
    </message>
</context>
<context>
    <name>RiskDetail</name>
    <message>
        <source>Why this risk is raised</source>
        <translation>Por que este risco é levantado</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>The pack names no measure for this risk.</source>
        <translation>O questionário não indica medidas para este risco.</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Sua avaliação</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Avaliar</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>Accept residual risk</source>
        <translation>Aceitar o risco residual</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>Before measures</source>
        <translation>Antes das medidas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>With the plan</source>
        <translation>Com o plano</translation>
    </message>
    <message>
        <source>Where the risk stands before any measure.</source>
        <translation>O nível do risco antes de qualquer medida.</translation>
    </message>
    <message>
        <source>Counting only the measures that are done.</source>
        <translation>Contando só as medidas concluídas.</translation>
    </message>
    <message>
        <source>Counting the measures done, in progress or planned; a measure nobody plans lowers nothing.</source>
        <translation>Contando as medidas concluídas, em andamento ou planejadas; uma medida que ninguém planeja não reduz nada.</translation>
    </message>
    <message>
        <source>To be rated</source>
        <translation>A avaliar</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Lower the likelihood or the severity with measures.</source>
        <translation>Reduzir a probabilidade ou a gravidade com medidas.</translation>
    </message>
    <message>
        <source>Live with the risk as it is, knowingly.</source>
        <translation>Conviver conscientemente com o risco como ele é.</translation>
    </message>
    <message>
        <source>Stop or change the processing so the risk no longer arises.</source>
        <translation>Interromper ou mudar o tratamento para que o risco deixe de existir.</translation>
    </message>
    <message>
        <source>Share the risk with another party, e.g. by contract or insurance.</source>
        <translation>Compartilhar o risco com outra parte, p. ex. por contrato ou seguro.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceitação</translation>
    </message>
</context>
<context>
    <name>RisksView</name>
    <message>
        <source>Risk register</source>
        <translation>Registro de riscos</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Answer the questionnaire: the risks your answers raise appear here, with what to do about them.</source>
        <translation>Responda ao questionário: os riscos indicados pelas suas respostas aparecem aqui, com o que fazer.</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <source>at most %1 characters</source>
        <translation>no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>enter a number, e.g. 12 or 3.5</source>
        <translation>digite um número, ex.: 12 ou 3,5</translation>
    </message>
    <message>
        <source>enter a whole number, e.g. 12</source>
        <translation>digite um número inteiro, ex.: 12</translation>
    </message>
    <message>
        <source>enter a date as YYYY-MM-DD</source>
        <translation>digite uma data no formato AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan a model folder</source>
        <translation>Analisar uma pasta de modelo</translation>
    </message>
    <message>
        <source>AIPIA reads the model files on this computer (it never runs them) and proposes answers, each with the file it was read from. Tick what to fill in; answers you already gave change only if you tick them.</source>
        <translation>O AIPIA lê os arquivos de modelo neste computador (nunca os executa) e propõe respostas, cada uma com o arquivo de onde foi lida. Marque o que deve ser preenchido; as respostas que você já deu só mudam se você as marcar.</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Escolher &amp;pasta…</translation>
    </message>
    <message>
        <source>Choose f&amp;iles…</source>
        <translation>Escolher &amp;arquivos…</translation>
    </message>
    <message>
        <source>Compute the SHA-256 of every file (slow for large models)</source>
        <translation>Calcular o SHA-256 de cada arquivo (lento para modelos grandes)</translation>
    </message>
    <message>
        <source>Messages about the files</source>
        <translation>Mensagens sobre os arquivos</translation>
    </message>
    <message>
        <source>Fill in &amp;ticked answers</source>
        <translation>&amp;Preencher as respostas marcadas</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Escolher uma pasta de modelo</translation>
    </message>
    <message>
        <source>Choose model files</source>
        <translation>Escolher arquivos de modelo</translation>
    </message>
    <message>
        <source>Model files (*.safetensors *.gguf *.bin *.pt *.pth *.ckpt *.onnx);;All files (*)</source>
        <translation>Arquivos de modelo (*.safetensors *.gguf *.bin *.pt *.pth *.ckpt *.onnx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lendo os arquivos…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lendo %1</translation>
    </message>
    <message>
        <source>Computing SHA-256 of %1</source>
        <translation>Calculando o SHA-256 de %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The scan stopped: %1</source>
        <translation>A análise parou: %1</translation>
    </message>
    <message>
        <source>Cancelled: the results below are incomplete.</source>
        <translation>Cancelado: os resultados abaixo estão incompletos.</translation>
    </message>
    <message>
        <source>Models found: %1.</source>
        <translation>Modelos encontrados: %1.</translation>
    </message>
    <message>
        <source>Files changed since the scan of %1: %2.</source>
        <translation>Arquivos alterados desde a análise de %1: %2.</translation>
    </message>
    <message>
        <source>No file changed since the scan of %1.</source>
        <translation>Nenhum arquivo alterado desde a análise de %1.</translation>
    </message>
    <message>
        <source>Nothing to fill in.</source>
        <translation>Nada a preencher.</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <source>Scores</source>
        <translation>Pontuações</translation>
    </message>
    <message>
        <source>not yet scored</source>
        <translation>ainda sem pontuação</translation>
    </message>
</context>
<context>
    <name>SectionSidebar</name>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Desativada</translation>
    </message>
</context>
<context>
    <name>SectionSwitch</name>
    <message>
        <source>Switched off by %1 on %2: %3</source>
        <translation>Desativada por %1 em %2: %3</translation>
    </message>
    <message>
        <source>Switch this section on again</source>
        <translation>Reativar esta seção</translation>
    </message>
    <message>
        <source>This section is optional: switch it off if it does not apply, with a reason.</source>
        <translation>Esta seção é opcional: desative-a se não se aplicar, informando um motivo.</translation>
    </message>
    <message>
        <source>Switch this section off…</source>
        <translation>Desativar esta seção…</translation>
    </message>
</context>
<context>
    <name>SectionVerdicts</name>
    <message>
        <source>Section</source>
        <translation>Seção</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Sections and their verdicts</source>
        <translation>Seções e suas conclusões</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>C&amp;onclusão</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mentário</translation>
    </message>
    <message>
        <source>What is good, what must change</source>
        <translation>O que está bom, o que precisa mudar</translation>
    </message>
    <message>
        <source>&amp;Record verdict</source>
        <translation>&amp;Registrar conclusão</translation>
    </message>
    <message>
        <source>Add comment onl&amp;y</source>
        <translation>Adicionar só um comentário (&amp;Y)</translation>
    </message>
    <message>
        <source>Verdicts are given while the assessment is in review.</source>
        <translation>As conclusões são dadas enquanto a avaliação está em revisão.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>e.g. Seoul Privacy Consulting</source>
        <translation>ex.: Consultoria Privacidade São Paulo</translation>
    </message>
    <message>
        <source>Consultancy name</source>
        <translation>Nome da consultoria</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Escolher logotipo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remover logotipo</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Cor de destaque</translation>
    </message>
    <message>
        <source>e.g. Kim Minji</source>
        <translation>ex.: Ana Souza</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Largest attached file</source>
        <translation>Tamanho máximo de um anexo</translation>
    </message>
    <message>
        <source>All attached files of one assessment</source>
        <translation>Todos os anexos de uma avaliação</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma da interface</translation>
    </message>
    <message>
        <source>Report branding</source>
        <translation>Identidade visual dos relatórios</translation>
    </message>
    <message>
        <source>Consultancy &amp;name</source>
        <translation>&amp;Nome da consultoria</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Review and evidence</source>
        <translation>Revisão e evidências</translation>
    </message>
    <message>
        <source>&amp;Your name (kept in the review trail)</source>
        <translation>Seu &amp;nome (registrado no histórico da revisão)</translation>
    </message>
    <message>
        <source>Largest attached &amp;file</source>
        <translation>Tamanho máximo de um ar&amp;quivo anexado</translation>
    </message>
    <message>
        <source>All files of one &amp;assessment</source>
        <translation>Todos os arquivos de uma &amp;avaliação</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Escolher um logotipo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
</context>
<context>
    <name>StageMaps</name>
    <message>
        <source>Heat map: %1</source>
        <translation>Mapa de riscos: %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>AIPIA could not open its data folder:

%1

Nothing was changed. Start AIPIA with --data-dir to use another folder.</source>
        <translation>O AIPIA não conseguiu abrir a pasta de dados:

%1

Nada foi alterado. Inicie o AIPIA com --data-dir para usar outra pasta.</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>No risk is raised by the answers so far.</source>
        <translation>Até agora as respostas não levantam nenhum risco.</translation>
    </message>
    <message>
        <source>Risks raised: %1. Highest level today: %2.</source>
        <translation>Riscos levantados: %1. Nível mais alto hoje: %2.</translation>
    </message>
    <message>
        <source>none rated yet</source>
        <translation>nenhum avaliado ainda</translation>
    </message>
    <message>
        <source>To be rated: %1</source>
        <translation>A avaliar: %1</translation>
    </message>
    <message>
        <source>Rated by the assessor: %1</source>
        <translation>Avaliados pelo avaliador: %1</translation>
    </message>
    <message>
        <source>Kept high by unplanned measures: %1</source>
        <translation>Mantidos altos por medidas não planejadas: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Aceitos: %1</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <source>Edit row…</source>
        <translation>Editar linha…</translation>
    </message>
    <message>
        <source>Every column of the selected row in a form (Ctrl+Shift+E, or double-click the row number)</source>
        <translation>Todas as colunas da linha selecionada em um formulário (Ctrl+Shift+E, ou clique duplo no número da linha)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remover linha</translation>
    </message>
    <message>
        <source>Move the row up (Ctrl+Shift+Up)</source>
        <translation>Mover a linha para cima (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Move the row down (Ctrl+Shift+Down)</source>
        <translation>Mover a linha para baixo (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>Linha %1 de %2</translation>
    </message>
    <message>
        <source>Not asked for this row</source>
        <translation>Não solicitado para esta linha</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>The text is %1 characters long; shorten it to at most %2. Until then it is not saved.</source>
        <translation>O texto tem %1 caracteres; reduza-o para no máximo %2. Até lá, ele não é salvo.</translation>
    </message>
</context>
<context>
    <name>TreatmentForm</name>
    <message>
        <source>Treatment</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>Why this treatment suits the risk</source>
        <translation>Por que este tratamento convém ao risco</translation>
    </message>
    <message>
        <source>Save treatment</source>
        <translation>Salvar o tratamento</translation>
    </message>
    <message>
        <source>Clear treatment</source>
        <translation>Apagar o tratamento</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>&amp;Tratamento:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justificativa:</translation>
    </message>
    <message>
        <source>Saved: %1, by %2 on %3.</source>
        <translation>Salvo: %1, por %2 em %3.</translation>
    </message>
    <message>
        <source>No treatment chosen yet.</source>
        <translation>Nenhum tratamento escolhido ainda.</translation>
    </message>
</context>
<context>
    <name>TrustedKeysPane</name>
    <message>
        <source>Trusted keys</source>
        <translation>Chaves confiáveis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>&amp;Add key file…</source>
        <translation>&amp;Adicionar arquivo de chave…</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Remover chave</translation>
    </message>
    <message>
        <source>Packs signed with one of these keys are shown as verified. Before you add a key, compare its fingerprint with the one its publisher gives.</source>
        <translation>Os questionários assinados com uma destas chaves aparecem como verificados. Antes de adicionar uma chave, compare a impressão digital dela com a informada pelo editor.</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 adicionada</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Choose a public key or a signed bundle</source>
        <translation>Escolher uma chave pública ou um pacote assinado</translation>
    </message>
    <message>
        <source>Public keys and bundles (*.pub *.pem *.aipack);;All files (*)</source>
        <translation>Chaves públicas e pacotes (*.pub *.pem *.aipack);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>the bundle is not signed</source>
        <translation>o pacote não está assinado</translation>
    </message>
    <message>
        <source>No key was added: %1</source>
        <translation>Nenhuma chave foi adicionada: %1</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>Confiar nesta chave?</translation>
    </message>
    <message>
        <source>Trust the key in %1, with the fingerprint

%2

only if it is the fingerprint its publisher gives.</source>
        <translation>Confie na chave em %1, com a impressão digital

%2

somente se for a impressão digital informada pelo editor.</translation>
    </message>
    <message>
        <source>Trusted %1: %2</source>
        <translation>Chave confiável %1: %2</translation>
    </message>
    <message>
        <source>Stop trusting this key?</source>
        <translation>Deixar de confiar nesta chave?</translation>
    </message>
    <message>
        <source>Stop trusting %1? Packs it signed stay installed but are shown as unverified.</source>
        <translation>Deixar de confiar em %1? Os questionários assinados por ela continuam instalados, mas aparecem como não verificados.</translation>
    </message>
    <message>
        <source>%1 is no longer trusted.</source>
        <translation>%1 não é mais confiável.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Pack updates</source>
        <translation>Atualizações de questionários</translation>
    </message>
    <message>
        <source>Publishers you follow have released new versions of their questionnaire packs. Nothing is installed until you click Install.</source>
        <translation>Editores que você segue publicaram novas versões dos seus questionários. Nada é instalado até você clicar em Instalar.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Depois</translation>
    </message>
    <message>
        <source>Another download is still running; try again in a moment.</source>
        <translation>Outro download ainda está em andamento; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Baixando…</translation>
    </message>
    <message>
        <source>Installed %1 %2.</source>
        <translation>%1 %2 instalado.</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Não instalado: %1</translation>
    </message>
    <message>
        <source>These assessments use an older version; upgrade each to carry its answers over:</source>
        <translation>Estas avaliações usam uma versão anterior; atualize cada uma para levar as respostas:</translation>
    </message>
    <message>
        <source>“%1” (%2) uses version %3</source>
        <translation>“%1” (%2) usa a versão %3</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Atualizar…</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>The section was not switched</source>
        <translation>A seção não foi alterada</translation>
    </message>
    <message>
        <source>these answers cannot be saved as they are: %1</source>
        <translation>estas respostas não podem ser salvas como estão: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Not saved: fix the answer marked in red</source>
        <translation>Não salvo: corrija a resposta marcada em vermelho</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todas as alterações salvas</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Save state</source>
        <translation>Estado do salvamento</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Seção anterior (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <source>See the &amp;risks</source>
        <translation>Ver os &amp;riscos</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Seção seguinte (Ctrl+PgDown)</translation>
    </message>
</context>
<context>
    <name>YourName</name>
    <message>
        <source>Recorded with each rating, treatment and acceptance</source>
        <translation>Registrado com cada avaliação, tratamento e aceitação</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AcceptForm</name>
    <message>
        <source>Accepted by</source>
        <translation>수용한 사람</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Date of the acceptance</source>
        <translation>수용일</translation>
    </message>
    <message>
        <source>Note, e.g. whether the authority was consulted</source>
        <translation>메모 (예: 감독기관과 협의했는지 여부)</translation>
    </message>
    <message>
        <source>Accept residual risk</source>
        <translation>잔여 위험 수용</translation>
    </message>
    <message>
        <source>Clear acceptance</source>
        <translation>수용 기록 지우기</translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation>수용한 사람(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>수용일(&amp;D):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <source>Accept what remains of this risk with the plan: %1.</source>
        <translation>계획 이행 후 남는 위험을 수용합니다: %1.</translation>
    </message>
    <message>
        <source>Accepted by %1 (%2) on %3, at %4.</source>
        <translation>%1(%2)이(가) %3에 %4 수준으로 수용했습니다.</translation>
    </message>
    <message>
        <source>Not accepted yet.</source>
        <translation>아직 수용하지 않았습니다.</translation>
    </message>
    <message>
        <source>The risk with the plan is now above the level that was accepted: accept it again or lower it.</source>
        <translation>계획 이행 후 위험이 수용한 수준보다 높아졌습니다. 다시 수용하거나 위험을 낮추십시오.</translation>
    </message>
    <message>
        <source>Rate the risk first: there is nothing to accept until it has a level.</source>
        <translation>먼저 위험 수준을 정하십시오. 수준이 정해지기 전에는 수용할 수 없습니다.</translation>
    </message>
    <message>
        <source>A residual %1 risk cannot be accepted under the questionnaire&apos;s policy.</source>
        <translation>질문지의 정책상 잔여 위험 수준 %1은(는) 수용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>평가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>새 평가(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open assessment</source>
        <translation>평가 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Export assessment &amp;data…</source>
        <translation>평가 데이터 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import assessment data…</source>
        <translation>평가 데이터 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back to all assessments</source>
        <translation>평가 목록으로 돌아가기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Duplicate as re-assessment…</source>
        <translation>재평가용으로 복제(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the assessment &amp;language…</source>
        <translation>평가 언어 변경(&amp;L)…</translation>
    </message>
    <message>
        <source>Mark as d&amp;raft</source>
        <translation>작성 중으로 표시(&amp;R)</translation>
    </message>
    <message>
        <source>Mark as in re&amp;view</source>
        <translation>검토 중으로 표시(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export report (PDF, Word, Excel)…</source>
        <translation>보고서 내보내기(PDF, Word, Excel)(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;xport exchange file…</source>
        <translation>교환 파일 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Import exc&amp;hange file…</source>
        <translation>교환 파일 가져오기(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Compare revisions or assessments…</source>
        <translation>개정판 또는 평가 비교(&amp;C)…</translation>
    </message>
    <message>
        <source>A&amp;pprove (keeps a revision)</source>
        <translation>승인(개정판 보관)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>보관(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>삭제(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Questionnaire packs…</source>
        <translation>질문 팩(&amp;Q)…</translation>
    </message>
    <message>
        <source>Pack &amp;feeds…</source>
        <translation>팩 피드(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <source>AIPIA &amp;help</source>
        <translation>AIPIA 도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AIPIA</source>
        <translation>AIPIA 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Answers are saved automatically; this saves any pending change now.</source>
        <translation>답변은 자동으로 저장됩니다. 이 명령은 아직 저장되지 않은 변경 사항을 지금 저장합니다.</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add a pack feed</source>
        <translation>팩 피드 추가</translation>
    </message>
    <message>
        <source>https://regulator.example/aipia/ or a folder</source>
        <translation>https://regulator.example/aipia/ 또는 폴더</translation>
    </message>
    <message>
        <source>Feed address or folder</source>
        <translation>피드 주소 또는 폴더</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>폴더 선택(&amp;O)…</translation>
    </message>
    <message>
        <source>Publisher key fingerprint</source>
        <translation>게시자 키 지문</translation>
    </message>
    <message>
        <source>Feed name</source>
        <translation>피드 이름</translation>
    </message>
    <message>
        <source>Copy the fingerprint from the publisher&apos;s web site or letter. The feed&apos;s index must be signed by this key. Nothing is fetched until you check the feed.</source>
        <translation>지문은 게시자의 웹사이트나 공문에서 복사하세요. 피드의 색인은 이 키로 서명되어 있어야 합니다. 피드를 확인하기 전에는 아무것도 내려받지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fingerprint</source>
        <translation>지문(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Name (optional)</source>
        <translation>이름(선택)(&amp;N)</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>피드 추가</translation>
    </message>
    <message>
        <source>Choose the feed folder</source>
        <translation>피드 폴더 선택</translation>
    </message>
</context>
<context>
    <name>ArchivedAnswersDialog</name>
    <message>
        <source>Archived answers</source>
        <translation>보관된 응답</translation>
    </message>
    <message>
        <source>These answers were given under an earlier version of the questionnaire. Their question was removed, or they no longer fit it. They are kept unchanged, exported with the assessment and listed in the report&apos;s appendix.</source>
        <translation>이전 버전의 질문지에서 한 응답입니다. 질문이 삭제되었거나 응답이 바뀐 질문에 더 이상 맞지 않습니다. 응답은 변경 없이 보관되며, 평가를 내보낼 때 함께 저장되고 보고서 부록에 실립니다.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>← All assessments</source>
        <translation>← 평가 목록</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Ctrl+L)</source>
        <translation>평가 목록으로 돌아갑니다 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Create report…</source>
        <translation>보고서 만들기…</translation>
    </message>
    <message>
        <source>Questions in %1…</source>
        <translation>질문 언어: %1…</translation>
    </message>
    <message>
        <source>The language of this assessment&apos;s questions, risks and reports. Click to change it; the interface language is set in Preferences.</source>
        <translation>이 평가의 질문·위험·보고서에 쓰이는 언어입니다. 눌러서 바꿀 수 있습니다. 메뉴와 버튼의 언어는 환경설정에서 정합니다.</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>질문지(&amp;Q)</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>위험(&amp;K)</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>검토(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>증빙 자료(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>업그레이드(&amp;U)…</translation>
    </message>
    <message>
        <source>Mark all as reviewed</source>
        <translation>모두 검토 완료로 표시</translation>
    </message>
    <message>
        <source>Archived answers…</source>
        <translation>보관된 응답…</translation>
    </message>
    <message>
        <source>Attached to the answer: %1 (listed in the Evidence tab)</source>
        <translation>답변에 첨부했습니다: %1 (증빙 자료 탭에 표시됩니다)</translation>
    </message>
    <message>
        <source>This questionnaire pack is unverified: no trusted publisher vouches for it.</source>
        <translation>이 질문지 팩은 미검증 상태입니다. 신뢰할 수 있는 배포자가 보증하지 않았습니다.</translation>
    </message>
    <message>
        <source>A newer version of this questionnaire pack is installed (%1; this assessment uses %2). Upgrade to carry your answers over.</source>
        <translation>이 질문지 팩의 새 버전이 설치되어 있습니다(%1, 이 평가는 %2 사용). 업그레이드하면 응답이 새 버전으로 옮겨집니다.</translation>
    </message>
    <message>
        <source>The questionnaire pack changed since this assessment was started; check the answers.</source>
        <translation>이 평가를 시작한 뒤 질문 팩이 바뀌었습니다. 답변을 확인해 주십시오.</translation>
    </message>
    <message>
        <source>Questions to review after the pack upgrade: %1.</source>
        <translation>팩 업그레이드 후 검토할 질문: %1개.</translation>
    </message>
    <message>
        <source>Answers kept from earlier versions of the pack: %1.</source>
        <translation>이전 버전의 팩에서 보관된 응답: %1개.</translation>
    </message>
    <message>
        <source>Stored answers that no longer fit the questionnaire: %1. They are kept in the database but not shown.</source>
        <translation>현재 질문지에 맞지 않는 저장된 답변: %1개. 데이터베이스에는 보관되어 있지만 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>The assessment cannot be upgraded</source>
        <translation>평가를 업그레이드할 수 없습니다</translation>
    </message>
    <message>
        <source>Upgrade the questionnaire</source>
        <translation>질문지 업그레이드</translation>
    </message>
    <message>
        <source>Move this assessment from version %1 to version %2?</source>
        <translation>이 평가를 버전 %1에서 버전 %2(으)로 옮기시겠습니까?</translation>
    </message>
    <message>
        <source>The database is backed up first. No answer is deleted: answers that no longer fit are archived and stay visible.</source>
        <translation>먼저 데이터베이스를 백업합니다. 삭제되는 응답은 없습니다. 더 이상 맞지 않는 응답은 보관되며 계속 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>업그레이드(&amp;U)</translation>
    </message>
    <message>
        <source>The language was not changed</source>
        <translation>언어를 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>답변이 저장되지 않음</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>먼저 이것을 고치십시오: %1</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>고객사 편집</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>새 고객사</translation>
    </message>
    <message>
        <source>e.g. Hanbit Clinic</source>
        <translation>예) 한빛의원</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>고객사 이름</translation>
    </message>
    <message>
        <source>Contact person, contract, anything worth remembering about this client</source>
        <translation>담당자, 계약 등 이 고객사에 대해 기억해 둘 내용</translation>
    </message>
    <message>
        <source>Notes about the client</source>
        <translation>고객사 메모</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>메모(&amp;O)</translation>
    </message>
    <message>
        <source>A client named “%1” already exists. Choose another name.</source>
        <translation>“%1”(이)라는 고객사가 이미 있습니다. 다른 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The client was not saved: %1</source>
        <translation>고객사를 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ClientManager</name>
    <message>
        <source>The client was not deleted</source>
        <translation>고객사를 삭제하지 않았습니다</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>아무것도 삭제되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Deleted “%1” (assessments deleted: %2). Backup of the database: %3</source>
        <translation>“%1”을(를) 삭제했습니다(삭제된 평가: %2건). 데이터베이스 백업: %3</translation>
    </message>
    <message>
        <source>Delete the client “%1” and its assessment?</source>
        <translation>고객사 “%1”과(와) 그 평가 1건을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete the client “%1” and all %2 of its assessments?</source>
        <translation>고객사 “%1”과(와) 그 평가 %2건을 모두 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete the client “%1”? It has no assessments.</source>
        <translation>고객사 “%1”을(를) 삭제하시겠습니까? 이 고객사에는 평가가 없습니다.</translation>
    </message>
    <message>
        <source>Answers and measure plans are deleted too. This cannot be undone.</source>
        <translation>평가의 답변과 조치 계획도 함께 삭제됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>고객사 삭제</translation>
    </message>
    <message>
        <source>A backup copy of the database is saved next to it first.</source>
        <translation>삭제하기 전에 데이터베이스 백업 사본을 같은 폴더에 저장합니다.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>차이점</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>이전(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>이후(&amp;A)</translation>
    </message>
    <message>
        <source>Revision %1 (%2, %3)</source>
        <translation>개정판 %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Assessment: %1 — %2</source>
        <translation>평가: %1 — %2</translation>
    </message>
    <message>
        <source>Current work</source>
        <translation>현재 작업</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>개정판 %1</translation>
    </message>
    <message>
        <source>Nothing to compare yet: a revision is kept each time the assessment is approved, and other assessments of the same questionnaire are listed here.</source>
        <translation>아직 비교할 대상이 없습니다. 평가를 승인할 때마다 개정판이 보관되며, 같은 질문지를 쓰는 다른 평가도 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>비교할 수 없습니다</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Risks (inherent, current, target)</source>
        <translation>위험 (고유, 현재, 목표)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Section verdicts</source>
        <translation>섹션별 판정</translation>
    </message>
    <message>
        <source>Sections switched off</source>
        <translation>제외한 항목</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증빙 자료</translation>
    </message>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>“%1”에서 “%2”(으)로</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>바뀐 내용 없음</translation>
    </message>
    <message>
        <source>inherent</source>
        <translation>고유</translation>
    </message>
    <message>
        <source>current</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>개인정보 보호책임자</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>정보주체</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Enter a date as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>날짜를 YYYY-MM-DD 형식으로 입력하십시오(예: 2026-03-31).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>날짜 선택</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attach &amp;to</source>
        <translation>첨부 대상(&amp;T)</translation>
    </message>
    <message>
        <source>Attach f&amp;iles…</source>
        <translation>파일 첨부(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Open with the system viewer</source>
        <translation>시스템 뷰어로 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>첨부 대상</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>추가한 사람</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Drop files here or choose them. Each is kept in the data folder under its SHA-256 and never run; it opens only when you ask. Limits: %1 per file, %2 per assessment.</source>
        <translation>파일을 여기에 끌어다 놓거나 선택하십시오. 각 파일은 SHA-256 값으로 데이터 폴더에 보관되며 실행되지 않고, 요청할 때만 열립니다. 한도: 파일당 %1, 평가당 %2.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>첨부되지 않음</translation>
    </message>
    <message>
        <source>These files were not attached (nothing of them was kept):</source>
        <translation>다음 파일은 첨부되지 않았습니다(아무것도 보관되지 않음):</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>첨부 파일 삭제</translation>
    </message>
    <message>
        <source>Delete “%1” from this assessment?

An approved revision that lists it keeps the file until that revision is gone.</source>
        <translation>이 평가에서 “%1”을(를) 삭제하시겠습니까?

이 파일이 들어 있는 승인된 개정판이 있으면 그 개정판이 없어질 때까지 파일이 보관됩니다.</translation>
    </message>
    <message>
        <source>The file was not deleted</source>
        <translation>파일이 삭제되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>EvidenceTargets</name>
    <message>
        <source>The whole assessment</source>
        <translation>평가 전체</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>섹션: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>답변: %1</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>조치: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>Export exchange file</source>
        <translation>교환 파일 내보내기</translation>
    </message>
    <message>
        <source>AIPIA exchange file (*.aipia)</source>
        <translation>AIPIA 교환 파일 (*.aipia)</translation>
    </message>
    <message>
        <source>The exchange file was not written</source>
        <translation>교환 파일을 쓰지 못했습니다</translation>
    </message>
    <message>
        <source>Encrypting and writing %1…</source>
        <translation>%1 파일을 암호화하여 저장하는 중…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 파일을 저장하는 중…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Import exchange file</source>
        <translation>교환 파일 가져오기</translation>
    </message>
    <message>
        <source>AIPIA exchange file (*.aipia);;All files (*)</source>
        <translation>AIPIA 교환 파일 (*.aipia);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Encrypted exchange file</source>
        <translation>암호화된 교환 파일</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>%1의 암호문:</translation>
    </message>
    <message>
        <source>The exchange file was not imported</source>
        <translation>교환 파일을 가져오지 못했습니다</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 파일을 확인하는 중…</translation>
    </message>
    <message>
        <source>Imported, with a warning</source>
        <translation>가져왔지만 경고가 있습니다</translation>
    </message>
    <message>
        <source>“%1” for %2

Answers: %3
Revisions: %4
Attached files: %5
Encrypted: %6

Import it? An older copy of the same assessment here is replaced only if nothing here would be lost.</source>
        <translation>%2의 “%1”

답변: %3
개정판: %4
첨부 파일: %5
암호화: %6

가져오시겠습니까? 이곳에 같은 평가의 이전 사본이 있으면, 잃는 내용이 없을 때만 대체됩니다.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>FeedNotice</name>
    <message>
        <source>A pack feed could not be checked; see Tools → Pack feeds…</source>
        <translation>팩 피드를 확인하지 못했습니다. 도구 → 팩 피드…에서 확인하세요.</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Pack feeds</source>
        <translation>팩 피드</translation>
    </message>
    <message>
        <source>&amp;Check my feeds for updates when AIPIA starts (at most once a day)</source>
        <translation>AIPIA를 시작할 때 피드의 업데이트 확인(하루 최대 한 번)(&amp;C)</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>피드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Available packs</source>
        <translation>받을 수 있는 팩</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>팩</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>설치된 버전</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>피드</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>피드 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove feed</source>
        <translation>피드 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>지금 확인(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation>설치(&amp;I)…</translation>
    </message>
    <message>
        <source>A feed tells you when a publisher you follow (a regulator, a sector body) releases a new version of its questionnaire pack. AIPIA uses the network only when you check, or at start-up if you turn that on.</source>
        <translation>피드는 구독한 게시자(규제 기관, 업종 단체 등)가 질문 팩의 새 버전을 내놓으면 알려 줍니다. AIPIA는 직접 확인할 때나, 시작할 때 확인하도록 켜 둔 경우에만 네트워크를 사용합니다.</translation>
    </message>
    <message>
        <source>Newer packs the feeds offered at their last check:</source>
        <translation>마지막 확인 때 피드가 제공한 새 팩:</translation>
    </message>
    <message>
        <source>What is sent when AIPIA checks a feed on the internet: a secure (HTTPS) request for the feed&apos;s index.json and index.sig, and for a pack&apos;s file when you install it, with only these headers: Host, User-Agent: AIPIA/%1, Accept-Encoding: identity, Connection: close. No cookies, no identifier, nothing about you or your assessments. Plain HTTP and redirects to other sites are refused; your system&apos;s proxy setting is used. A feed in a folder (a USB stick, a shared drive) uses no network.</source>
        <translation>인터넷의 피드를 확인할 때 보내는 내용: 피드의 index.json과 index.sig, 그리고 설치할 때 팩 파일에 대한 보안(HTTPS) 요청뿐이며, 헤더는 Host, User-Agent: AIPIA/%1, Accept-Encoding: identity, Connection: close만 보냅니다. 쿠키나 식별자, 사용자나 평가에 관한 정보는 보내지 않습니다. 암호화되지 않은 HTTP와 다른 사이트로의 리디렉션은 거부하며, 시스템의 프록시 설정을 따릅니다. 폴더(USB 메모리, 공유 드라이브)에 있는 피드는 네트워크를 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>설치 안 됨</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>문제: %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>아직 확인하지 않음</translation>
    </message>
    <message>
        <source>OK (index version %1)</source>
        <translation>정상(색인 버전 %1)</translation>
    </message>
    <message>
        <source>Feed added. Nothing was fetched: click “Check now”.</source>
        <translation>피드를 추가했습니다. 아직 아무것도 내려받지 않았습니다. “지금 확인”을 누르세요.</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>피드 삭제</translation>
    </message>
    <message>
        <source>Stop following %1? Packs installed from it stay installed.</source>
        <translation>%1 구독을 중단할까요? 이 피드에서 설치한 팩은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Checking your feeds…</source>
        <translation>피드를 확인하는 중…</translation>
    </message>
    <message>
        <source>Checked %1 feed(s): %2 newer pack version(s) offered.</source>
        <translation>피드 %1개를 확인했습니다. 새 팩 버전 %2개가 있습니다.</translation>
    </message>
    <message>
        <source>%1 feed(s) could not be checked; see Status.</source>
        <translation>피드 %1개는 확인하지 못했습니다. 상태를 보세요.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <translation>안내</translation>
    </message>
    <message>
        <source>No guidance for this question.</source>
        <translation>이 질문에 대한 안내가 없습니다.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>근거 자료</translation>
    </message>
    <message>
        <source>Select a question to see its guidance here.</source>
        <translation>질문을 선택하면 여기에 안내가 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>%5 — likelihood %1, severity %2: level %3, risks here: %4</source>
        <translation>%5 — 발생 가능성 %1, 심각도 %2: 위험 수준 %3, 해당 위험 %4개</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>발생 가능성</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>AIPIA help</source>
        <translation>AIPIA 도움말</translation>
    </message>
    <message>
        <source>Choose “New assessment…”, name the client and the AI system, and pick the questionnaire and its language.</source>
        <translation>“새 평가…”를 선택하고 고객사와 AI 시스템의 이름을 적은 뒤 질문지와 언어를 고릅니다.</translation>
    </message>
    <message>
        <source>Answer the questions section by section. The panel on the right explains each question and cites its sources. If you do not know an answer, say so: “Unknown” is a valid answer and shows where to look further.</source>
        <translation>항목별로 질문에 답합니다. 오른쪽 패널에서 질문의 의미와 근거 자료를 볼 수 있습니다. 답을 모르면 “모름”을 선택하십시오. “모름”도 유효한 답변이며, 더 확인해야 할 부분을 알려 줍니다.</translation>
    </message>
    <message>
        <source>Answers are saved as you type. You can close the app at any time and carry on later where you left off.</source>
        <translation>답변은 입력하는 즉시 저장됩니다. 언제든 앱을 닫았다가 나중에 멈춘 곳에서 이어서 작성할 수 있습니다.</translation>
    </message>
    <message>
        <source>The Risks tab shows, as you answer, which risks your answers raise, why, and what to do. Give each measure an owner, a due date and a status.</source>
        <translation>위험 탭에서는 답변에 따라 어떤 위험이 왜 발생하는지, 무엇을 해야 하는지 바로 보여 줍니다. 각 보호조치에 담당자, 기한, 진행 상태를 지정하십시오.</translation>
    </message>
    <message>
        <source>Create the PDF report with File › Export report. It embeds your answers, so it can be checked and re-imported later.</source>
        <translation>파일 › 보고서 내보내기로 PDF 보고서를 만듭니다. 보고서에 답변이 포함되므로 나중에 검증하거나 다시 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>Next / previous section</source>
        <translation>다음 / 이전 항목</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>다음 / 이전 입력란</translation>
    </message>
    <message>
        <source>Table: add row / remove row</source>
        <translation>표: 행 추가 / 행 삭제</translation>
    </message>
    <message>
        <source>Table: move row</source>
        <translation>표: 행 이동</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>지금 저장</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>데이터 저장 위치: %1</translation>
    </message>
    <message>
        <source>How to assess an AI system</source>
        <translation>AI 시스템을 평가하는 방법</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>키보드</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>History of the judgement</source>
        <translation>평가 판단 이력</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>기록자</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>아직 기록이 없습니다.</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>%1 set: %2</source>
        <translation>%1 기록: %2</translation>
    </message>
    <message>
        <source>the rules&apos; step</source>
        <translation>규칙의 단계</translation>
    </message>
    <message>
        <source>by %1 (%2) on %3, at %4</source>
        <translation>%1(%2), %3, %4 수준</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Search by title or client</source>
        <translation>제목 또는 고객사로 검색</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>평가 검색</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>상태별 보기</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>고객사</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>새 평가(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>고객사</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation>종합 위험</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>최근 변경</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>데이터 저장 위치: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>데이터 폴더 열기</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>데이터를 여는 중…</translation>
    </message>
    <message>
        <source>No assessments yet.
Choose “New assessment…” to start one: the built-in questionnaire is ready to use.</source>
        <translation>아직 평가가 없습니다.
“새 평가…”를 눌러 시작하십시오. 기본 질문지를 바로 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>Add client…</source>
        <translation>고객사 추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Rename the client or change its notes</source>
        <translation>고객사 이름이나 메모를 바꿉니다</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Delete the client and its assessments</source>
        <translation>고객사와 그 평가를 삭제합니다</translation>
    </message>
    <message>
        <source>Rename or edit notes…</source>
        <translation>이름·메모 편집…</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>고객사 삭제…</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보관됨</translation>
    </message>
    <message>
        <source>Active (not archived)</source>
        <translation>진행 중 (보관 제외)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>모든 고객사</translation>
    </message>
    <message>
        <source>Pack missing</source>
        <translation>질문 팩 없음</translation>
    </message>
    <message>
        <source>None raised</source>
        <translation>위험 없음</translation>
    </message>
</context>
<context>
    <name>JudgementForm</name>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>LanguageQuestion</name>
    <message>
        <source>Assessment language</source>
        <translation>평가 언어</translation>
    </message>
    <message>
        <source>This questionnaire is only available in %1.</source>
        <translation>이 질문지는 %1로만 제공됩니다.</translation>
    </message>
    <message>
        <source>Show this assessment in:</source>
        <translation>이 평가를 표시할 언어:</translation>
    </message>
    <message>
        <source>Switch this assessment from %1 to %2?</source>
        <translation>이 평가의 언어를 %1에서 %2(으)로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Its questions, guidance and risks will be shown in %1, and its reports will be in %1 unless you choose otherwise. Your answers are kept as they are. The language of menus and buttons does not change (Tools › Preferences).</source>
        <translation>질문, 안내, 위험이 %1로 표시되고, 따로 고르지 않으면 보고서도 %1로 작성됩니다. 입력한 답변은 그대로 유지됩니다. 메뉴와 버튼의 언어는 바뀌지 않습니다(도구 › 환경설정).</translation>
    </message>
    <message>
        <source>Change the assessment language</source>
        <translation>평가 언어 변경</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2자</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Approved as revision %1 — read-only. Editing starts a new revision; the approved one is kept as it is.</source>
        <translation>개정판 %1(으)로 승인됨 — 읽기 전용입니다. 수정하려면 새 개정판을 시작하십시오. 승인된 개정판은 그대로 보관됩니다.</translation>
    </message>
    <message>
        <source>Start a &amp;new revision</source>
        <translation>새 개정판 시작(&amp;N)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Un&amp;archive</source>
        <translation>보관 해제(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>보관(&amp;A)</translation>
    </message>
    <message>
        <source>This assessment cannot be opened</source>
        <translation>이 평가를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>답변이 저장되지 않음</translation>
    </message>
    <message>
        <source>Some answers could not be saved: %1

Close anyway and lose them?</source>
        <translation>일부 답변을 저장하지 못했습니다: %1

그래도 닫으시겠습니까? 저장되지 않은 답변은 사라집니다.</translation>
    </message>
    <message>
        <source>All answers are saved. AIPIA saves every answer as you type.</source>
        <translation>모든 답변이 저장되었습니다. AIPIA는 입력하는 즉시 답변을 저장합니다.</translation>
    </message>
    <message>
        <source>%1 (re-assessment)</source>
        <translation>%1 (재평가)</translation>
    </message>
    <message>
        <source>Duplicate as re-assessment</source>
        <translation>재평가용으로 복제</translation>
    </message>
    <message>
        <source>Title of the new assessment:</source>
        <translation>새 평가의 제목:</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>수정 요청</translation>
    </message>
    <message>
        <source>What must change?</source>
        <translation>무엇을 고쳐야 합니까?</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>상태를 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>평가 삭제</translation>
    </message>
    <message>
        <source>Delete “%1” for %2?

Its answers and measure plans are deleted too. This cannot be undone.</source>
        <translation>%2의 “%1” 평가를 삭제하시겠습니까?

답변과 보호조치 계획도 함께 삭제되며, 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Export assessment data</source>
        <translation>평가 데이터 내보내기</translation>
    </message>
    <message>
        <source>AIPIA data (*.json)</source>
        <translation>AIPIA 데이터 (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Import assessment data</source>
        <translation>평가 데이터 가져오기</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>파일을 가져오지 못했습니다</translation>
    </message>
    <message>
        <source>The data was not exported</source>
        <translation>데이터를 내보내지 못했습니다</translation>
    </message>
    <message>
        <source>Read-only: this data folder cannot be written, so nothing can be changed.</source>
        <translation>읽기 전용: 이 데이터 폴더에 쓸 수 없으므로 아무것도 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Imported, with a warning</source>
        <translation>가져왔지만 확인할 사항이 있습니다</translation>
    </message>
    <message>
        <source>AI privacy impact assessment</source>
        <translation>AI 개인정보 영향평가</translation>
    </message>
    <message>
        <source>About AIPIA</source>
        <translation>AIPIA 정보</translation>
    </message>
    <message>
        <source>Privacy impact assessments of AI systems, offline.</source>
        <translation>인터넷 연결 없이 수행하는 AI 시스템 개인정보 영향평가.</translation>
    </message>
    <message>
        <source>Your answers never leave this computer.</source>
        <translation>답변은 이 컴퓨터 밖으로 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>데이터 저장 위치: %1</translation>
    </message>
</context>
<context>
    <name>MeasurePlanEditor</name>
    <message>
        <source>Who is in charge</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Owner of: %1</source>
        <translation>담당자: %1</translation>
    </message>
    <message>
        <source>Due date of: %1</source>
        <translation>기한: %1</translation>
    </message>
    <message>
        <source>Status of: %1</source>
        <translation>진행 상태: %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>★ Key measure: the level after measures assumes it.</source>
        <translation>★ 핵심 조치: 조치 후 위험 수준은 이 조치의 이행을 전제로 합니다.</translation>
    </message>
    <message>
        <source>Nobody plans it: it keeps this risk at %1 with the plan.</source>
        <translation>계획되지 않은 조치입니다. 이 때문에 계획 이행 후에도 위험이 %1에 머무릅니다.</translation>
    </message>
    <message>
        <source>must do</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>should do</source>
        <translation>권장</translation>
    </message>
    <message>
        <source>could do</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획됨</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>아직 계획 없음</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>새 평가</translation>
    </message>
    <message>
        <source>e.g. Hanbit Clinic</source>
        <translation>예) 한빛의원</translation>
    </message>
    <message>
        <source>e.g. Patient-note summariser</source>
        <translation>예) 진료기록 요약 도우미</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>고객사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>질문지(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>고객사</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>질문지</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>No questionnaire pack is available. Import one with Tools › Questionnaire packs.</source>
        <translation>사용할 수 있는 질문 팩이 없습니다. 도구 › 질문 팩에서 가져오십시오.</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>Enter a whole number, e.g. 12.</source>
        <translation>정수를 입력하십시오(예: 12).</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12 or 3.5.</source>
        <translation>숫자를 입력하십시오(예: 12 또는 3.5).</translation>
    </message>
</context>
<context>
    <name>OfferCard</name>
    <message>
        <source>An update of pack “%1” is available</source>
        <translation>팩 “%1”의 업데이트가 있습니다</translation>
    </message>
    <message>
        <source>Version %1 (you have %2)</source>
        <translation>버전 %1(설치된 버전 %2)</translation>
    </message>
    <message>
        <source>A new pack is available: “%1”</source>
        <translation>새 팩이 있습니다: “%1”</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>From the feed %1</source>
        <translation>피드: %1</translation>
    </message>
    <message>
        <source>The publisher gave no release notes.</source>
        <translation>게시자가 릴리스 노트를 제공하지 않았습니다.</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>릴리스 노트</translation>
    </message>
    <message>
        <source>&amp;Install version %1</source>
        <translation>버전 %1 설치(&amp;I)</translation>
    </message>
    <message>
        <source>Release notes:</source>
        <translation>릴리스 노트:</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>DPO&apos;s opinion</source>
        <translation>개인정보 보호책임자의 의견</translation>
    </message>
    <message>
        <source>Opinion of the people concerned</source>
        <translation>정보주체의 의견</translation>
    </message>
    <message>
        <source>They were &amp;asked</source>
        <translation>의견을 물었음(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Favourable</source>
        <translation>찬성(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Unfavourable</source>
        <translation>반대(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Who was asked</source>
        <translation>의견을 들은 대상(&amp;W)</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>내용(&amp;T)</translation>
    </message>
    <message>
        <source>Why &amp;not asked</source>
        <translation>묻지 않은 이유(&amp;N)</translation>
    </message>
</context>
<context>
    <name>OpinionsBox</name>
    <message>
        <source>DPO</source>
        <translation>개인정보 보호책임자</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>정보주체</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Record the &amp;DPO&apos;s opinion…</source>
        <translation>보호책임자 의견 기록(&amp;D)…</translation>
    </message>
    <message>
        <source>Record the people&apos;s &amp;opinion…</source>
        <translation>정보주체 의견 기록(&amp;O)…</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>아직 기록되지 않음</translation>
    </message>
    <message>
        <source>Not asked: %1</source>
        <translation>묻지 않음: %1</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>기록: %1, %2</translation>
    </message>
</context>
<context>
    <name>PackChanges</name>
    <message>
        <source>%1 added (%2)</source>
        <translation>%1개 추가(%2)</translation>
    </message>
    <message>
        <source>%1 removed (%2)</source>
        <translation>%1개 삭제(%2)</translation>
    </message>
    <message>
        <source>%1 renamed (%2)</source>
        <translation>%1개 ID 변경(%2)</translation>
    </message>
    <message>
        <source>%1 changed (%2)</source>
        <translation>%1개 수정(%2)</translation>
    </message>
    <message>
        <source>No question, choice, risk or measure changed.</source>
        <translation>바뀐 질문, 선택지, 위험, 조치가 없습니다.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>보호조치</translation>
    </message>
    <message>
        <source>Choices of %1</source>
        <translation>%1의 선택지</translation>
    </message>
    <message>
        <source>Answers kept: %1</source>
        <translation>유지되는 응답: %1개</translation>
    </message>
    <message>
        <source>Answers moved to renamed questions: %1</source>
        <translation>ID가 바뀐 질문으로 옮겨지는 응답: %1</translation>
    </message>
    <message>
        <source>Answers archived (kept and shown, never deleted): %1</source>
        <translation>보관되는 응답(삭제하지 않고 계속 표시): %1</translation>
    </message>
    <message>
        <source>Questions to review: %1</source>
        <translation>검토할 질문: %1</translation>
    </message>
    <message>
        <source>New in this version of the questionnaire: please answer it.</source>
        <translation>이번 버전의 질문지에 새로 추가된 질문입니다. 응답해 주십시오.</translation>
    </message>
    <message>
        <source>Changed in the new version of the questionnaire: check your answer.</source>
        <translation>새 버전의 질문지에서 바뀐 질문입니다. 응답을 확인해 주십시오.</translation>
    </message>
    <message>
        <source>Your earlier answer no longer fits this question and was archived: please answer again.</source>
        <translation>이전 응답이 이 질문에 더 이상 맞지 않아 보관되었습니다. 다시 응답해 주십시오.</translation>
    </message>
    <message>
        <source>The publisher removed the question.</source>
        <translation>배포자가 질문을 삭제했습니다.</translation>
    </message>
    <message>
        <source>The question is no longer in the questionnaire.</source>
        <translation>질문이 더 이상 질문지에 없습니다.</translation>
    </message>
    <message>
        <source>The answer no longer fits the changed question.</source>
        <translation>응답이 바뀐 질문에 더 이상 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Another answer moved to the same question.</source>
        <translation>다른 응답이 같은 질문으로 옮겨졌습니다.</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Questionnaire packs</source>
        <translation>질문 팩</translation>
    </message>
    <message>
        <source>Installed packs</source>
        <translation>설치된 질문 팩</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>배포자</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>&amp;Import pack folder…</source>
        <translation>질문 팩 폴더 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation>번들 가져오기(&amp;B)…</translation>
    </message>
    <message>
        <source>Problems found in the pack</source>
        <translation>질문 팩에서 발견된 문제</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>팩(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Trusted keys</source>
        <translation>신뢰하는 키(&amp;T)</translation>
    </message>
    <message>
        <source>Installed questionnaire packs:</source>
        <translation>설치된 질문 팩:</translation>
    </message>
    <message>
        <source>Unsigned bundle</source>
        <translation>서명 없는 번들</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <source>Imported folder</source>
        <translation>가져온 폴더</translation>
    </message>
    <message>
        <source>Signed bundle</source>
        <translation>서명된 번들</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>미검증</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 만료</translation>
    </message>
    <message>
        <source>Comes with AIPIA.</source>
        <translation>AIPIA와 함께 제공됩니다.</translation>
    </message>
    <message>
        <source>Signed by a trusted key: %1</source>
        <translation>신뢰하는 키로 서명됨: %1</translation>
    </message>
    <message>
        <source>Signed by a key you do not trust: %1</source>
        <translation>신뢰하지 않는 키로 서명됨: %1</translation>
    </message>
    <message>
        <source>Not signed: no publisher vouches for this pack.</source>
        <translation>서명 없음: 이 팩을 보증하는 배포자가 없습니다.</translation>
    </message>
    <message>
        <source>Choose a pack folder</source>
        <translation>질문 팩 폴더 선택</translation>
    </message>
    <message>
        <source>Choose a pack bundle</source>
        <translation>팩 번들 선택</translation>
    </message>
    <message>
        <source>Pack bundles (*.aipack);;All files (*)</source>
        <translation>팩 번들 (*.aipack);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The pack was not installed: %1</source>
        <translation>질문 팩을 설치하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation>%1을(를) 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>Unverified pack</source>
        <translation>미검증 팩</translation>
    </message>
    <message>
        <source>%1 is signed by a key you do not trust yet.</source>
        <translation>%1은(는) 아직 신뢰하지 않는 키로 서명되어 있습니다.</translation>
    </message>
    <message>
        <source>Fingerprint of the key:
%1

Compare it with the fingerprint the publisher gives, for example on its web site. Trust the key only if they are the same; otherwise you can install the pack marked as unverified.</source>
        <translation>키 지문:
%1

배포자가 웹사이트 등에서 알려 주는 지문과 비교하십시오. 두 지문이 같을 때만 키를 신뢰하십시오. 그렇지 않으면 팩을 미검증으로 표시하여 설치할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Trust this key and install</source>
        <translation>이 키를 신뢰하고 설치(&amp;T)</translation>
    </message>
    <message>
        <source>%1 is not signed: nobody vouches for its content.</source>
        <translation>%1은(는) 서명되지 않았습니다. 내용을 보증하는 사람이 없습니다.</translation>
    </message>
    <message>
        <source>Install it only if you know where it comes from. It will be marked as unverified in the list of packs, in its assessments and on their reports.</source>
        <translation>출처를 아는 경우에만 설치하십시오. 팩 목록, 이 팩을 사용하는 평가와 그 보고서에 미검증으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Install as &amp;unverified</source>
        <translation>미검증으로 설치(&amp;U)</translation>
    </message>
    <message>
        <source>The pack in %1 was not installed. Problems found: %2</source>
        <translation>%1의 질문 팩을 설치하지 않았습니다. 발견된 문제: %2개</translation>
    </message>
    <message>
        <source>Installed %1 %2.</source>
        <translation>%1 %2을(를) 설치했습니다.</translation>
    </message>
    <message>
        <source>It is marked unverified: no trusted publisher vouches for it.</source>
        <translation>신뢰할 수 있는 배포자가 보증하지 않아 미검증으로 표시됩니다.</translation>
    </message>
    <message>
        <source>What changed since %1:</source>
        <translation>%1 이후 바뀐 내용:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Export exchange file</source>
        <translation>교환 파일 내보내기</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (for e-mail)</source>
        <translation>암호문으로 암호화(이메일 전송용)(&amp;E)</translation>
    </message>
    <message>
        <source>Give the passphrase to the recipient another way (by phone, not in the same e-mail). Without it the file cannot be opened.</source>
        <translation>암호문은 다른 방법으로(같은 이메일이 아니라 전화 등으로) 받는 사람에게 알려 주십시오. 암호문이 없으면 파일을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>암호문(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>다시 입력(&amp;R)</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>암호문이 너무 짧습니다. %1자 이상으로 하십시오.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>두 암호문이 다릅니다. 다시 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>The questionnaire leaves this risk to you to rate: use Rate below.</source>
        <translation>이 위험의 수준은 평가자가 정합니다. 아래의 ‘위험 평가’에서 정하십시오.</translation>
    </message>
    <message>
        <source>Rated by the assessor.</source>
        <translation>평가자가 정한 수준입니다.</translation>
    </message>
    <message>
        <source>Rated by the assessor; the rules say %1.</source>
        <translation>평가자가 정한 수준입니다. 규칙에 따른 수준: %1.</translation>
    </message>
    <message>
        <source>Kept at %1 with the plan by measures nobody plans: %2</source>
        <translation>다음 조치를 아무도 계획하지 않아 계획 이행 후에도 %1에 머무릅니다: %2</translation>
    </message>
    <message>
        <source>Kept at %1 today by measures not done yet: %2</source>
        <translation>다음 조치가 아직 완료되지 않아 현재 %1에 머물러 있습니다: %2</translation>
    </message>
</context>
<context>
    <name>ProposalTree</name>
    <message>
        <source>Question or column</source>
        <translation>질문 또는 열</translation>
    </message>
    <message>
        <source>Proposed answer</source>
        <translation>제안 답변</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>근거(읽은 위치)</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>현재 답변</translation>
    </message>
    <message>
        <source>Proposed answers</source>
        <translation>제안 답변 목록</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>모델: %1</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>기타 질문</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation>이 답변 지우기</translation>
    </message>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>답변 지우기: %1</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>첨부…</translation>
    </message>
    <message>
        <source>Attach a file as evidence for this answer (or drop files on the question)</source>
        <translation>이 답변의 증빙 자료로 파일을 첨부합니다(질문 위에 파일을 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Attach evidence to: %1</source>
        <translation>증빙 자료 첨부: %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Nothing to choose from yet: answer “%1” first.</source>
        <translation>아직 고를 항목이 없습니다. 먼저 “%1”에 답하세요.</translation>
    </message>
    <message>
        <source>Scan a model folder…</source>
        <translation>모델 폴더 검사…</translation>
    </message>
    <message>
        <source>Read model files on this computer and propose answers</source>
        <translation>이 컴퓨터의 모델 파일을 읽어 답변을 제안합니다</translation>
    </message>
</context>
<context>
    <name>RateForm</name>
    <message>
        <source>Why the likelihood or severity is not what the rules say</source>
        <translation>발생 가능성이나 심각도를 규칙과 다르게 정한 이유</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>평가 저장</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>평가 지우기</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>발생 가능성(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>심각도(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>근거(&amp;J):</translation>
    </message>
    <message>
        <source>Choose a step</source>
        <translation>단계 선택</translation>
    </message>
    <message>
        <source>Keep the rules&apos; step (%1)</source>
        <translation>규칙의 단계 유지 (%1)</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>발생 가능성</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Saved: %1, by %2 on %3.</source>
        <translation>저장됨: %1, %2, %3.</translation>
    </message>
    <message>
        <source>No rating of yours yet: the rules&apos; levels are used.</source>
        <translation>아직 평가자가 정한 수준이 없어 규칙의 수준을 사용합니다.</translation>
    </message>
    <message>
        <source>The answers changed since this rating: the rules now say %1. Check that your rating still holds.</source>
        <translation>이 평가 이후 응답이 바뀌어 규칙에 따른 수준이 %1(으)로 바뀌었습니다. 평가가 여전히 타당한지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Switch a section off</source>
        <translation>항목 제외하기</translation>
    </message>
    <message>
        <source>Why does “%1” not apply to this assessment? The reason is kept with your name and shown in the report.</source>
        <translation>“%1” 항목이 이 평가에 해당하지 않는 이유는 무엇입니까? 사유는 이름과 함께 기록되며 보고서에 표시됩니다.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2자</translation>
    </message>
</context>
<context>
    <name>ReasonsPanel</name>
    <message>
        <source>Details for auditors</source>
        <translation>감사용 세부 정보</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>판단 규칙</translation>
    </message>
    <message>
        <source>Level chosen by</source>
        <translation>수준 결정 규칙</translation>
    </message>
    <message>
        <source>Answers the rules read</source>
        <translation>규칙이 확인한 응답</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Create report</source>
        <translation>보고서 만들기</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>보고서 양식</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>보고서 언어</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>보고서 저장 위치</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>보고서 상태</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>PDF 만들기</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF 열기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>양식(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>형식(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation>비교 대상(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>저장 위치(&amp;S)</translation>
    </message>
    <message>
        <source>Reports cannot be created on this installation: %1</source>
        <translation>이 설치본에서는 보고서를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The pack&apos;s own template</source>
        <translation>팩에 포함된 보고서 양식</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another place.</source>
        <translation>%1 폴더가 없습니다. 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>보고서를 만드는 중…</translation>
    </message>
    <message>
        <source>Create file</source>
        <translation>파일 만들기</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>파일 열기</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>%1쪽 배치 중…</translation>
    </message>
    <message>
        <source>Writing %1 pages…</source>
        <translation>%1쪽을 PDF로 쓰는 중…</translation>
    </message>
    <message>
        <source>Preparing the layout…</source>
        <translation>레이아웃 준비 중…</translation>
    </message>
    <message>
        <source>Filling in the template…</source>
        <translation>보고서 양식을 채우는 중…</translation>
    </message>
    <message>
        <source>Starting the PDF engine…</source>
        <translation>PDF 엔진을 시작하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>보고서를 저장했습니다: %1</translation>
    </message>
    <message>
        <source>(pages: %1)</source>
        <translation>(%1쪽)</translation>
    </message>
    <message>
        <source>The report could not be created: %1</source>
        <translation>보고서를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cancelled; no report was saved.</source>
        <translation>취소했습니다. 보고서는 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>The report is saved, but no program to open PDF files was found. Find the file “%1” in the folder %2.</source>
        <translation>보고서를 저장했지만 PDF 파일을 열 프로그램을 찾지 못했습니다. %2 폴더에서 “%1” 파일을 찾으십시오.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>File format</source>
        <translation>파일 형식</translation>
    </message>
    <message>
        <source>PDF (the record of an approved revision)</source>
        <translation>PDF (승인된 개정판의 기록)</translation>
    </message>
    <message>
        <source>Word document (.docx), to edit</source>
        <translation>Word 문서 (.docx), 편집용</translation>
    </message>
    <message>
        <source>Action plan as a spreadsheet (.xlsx)</source>
        <translation>조치 계획 스프레드시트 (.xlsx)</translation>
    </message>
    <message>
        <source>Action plan as CSV (.csv)</source>
        <translation>조치 계획 CSV (.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 문서 (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Compare with revision</source>
        <translation>비교할 개정판</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>비교 없음</translation>
    </message>
    <message>
        <source>Revision %1 (appendix of what changed since)</source>
        <translation>개정판 %1 (이후 바뀐 내용을 부록으로)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>평가 수</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>AIPIA keeps a copy of your database at the first change of each day, and before every update of the database or of a questionnaire pack. Restoring a backup replaces all your current data with it; the current database is kept as a backup first.</source>
        <translation>AIPIA는 매일 처음 변경할 때, 그리고 데이터베이스나 질문지 팩을 업데이트하기 전마다 데이터베이스 사본을 만들어 둡니다. 백업을 복원하면 현재 데이터 전체가 백업의 내용으로 바뀌며, 현재 데이터베이스는 먼저 백업으로 보관됩니다.</translation>
    </message>
    <message>
        <source>AIPIA cannot use your database:</source>
        <translation>AIPIA가 데이터베이스를 사용할 수 없습니다:</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>아직 백업이 없습니다.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <source>Before the database was updated</source>
        <translation>데이터베이스 업데이트 전</translation>
    </message>
    <message>
        <source>Before assessment %1 moved to a newer pack</source>
        <translation>평가 %1을(를) 새 팩 버전으로 옮기기 전</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>직접 만든 백업</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>복원으로 대체된 데이터</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>이 백업을 복원할까요?</translation>
    </message>
    <message>
        <source>Replace all your current data with the backup made on %1 (%2 assessments)?

The current database is kept as a backup first, so this can be undone.</source>
        <translation>현재 데이터 전체를 %1에 만든 백업(평가 %2개)으로 바꿀까요?

현재 데이터베이스는 먼저 백업으로 보관되므로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>백업을 복원하지 못했습니다</translation>
    </message>
    <message>
        <source>Restored the backup; your previous data was kept as a backup.</source>
        <translation>백업을 복원했습니다. 이전 데이터는 백업으로 보관했습니다.</translation>
    </message>
</context>
<context>
    <name>ReviewSync</name>
    <message>
        <source>Reviewer&apos;s verdict: %1</source>
        <translation>검토자 판정: %1</translation>
    </message>
</context>
<context>
    <name>ReviewTrail</name>
    <message>
        <source>When (UTC)</source>
        <translation>일시 (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>수행자</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Review trail</source>
        <translation>검토 이력</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>개정판 %1</translation>
    </message>
    <message>
        <source>Whole assessment</source>
        <translation>평가 전체</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>&amp;Send to review</source>
        <translation>검토 요청(&amp;S)</translation>
    </message>
    <message>
        <source>Request c&amp;hanges…</source>
        <translation>수정 요청(&amp;H)…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>승인(&amp;P)…</translation>
    </message>
    <message>
        <source>Start a &amp;new revision</source>
        <translation>새 개정판 시작(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>비교(&amp;C)…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>last approved: revision %1 (%2, %3)</source>
        <translation>마지막 승인: 개정판 %1 (%2, %3)</translation>
    </message>
    <message>
        <source>working on revision %1</source>
        <translation>개정판 %1 작성 중</translation>
    </message>
    <message>
        <source>sections to fix: %1</source>
        <translation>수정 필요 섹션: %1</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>상태가 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>수정 요청</translation>
    </message>
    <message>
        <source>What must change?</source>
        <translation>무엇을 고쳐야 합니까?</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Approve this assessment as revision %1. Comment (optional):</source>
        <translation>이 평가를 개정판 %1(으)로 승인합니다. 의견(선택):</translation>
    </message>
    <message>
        <source>No new revision was started</source>
        <translation>새 개정판이 시작되지 않았습니다</translation>
    </message>
    <message>
        <source>The verdict was not recorded</source>
        <translation>판정이 기록되지 않았습니다</translation>
    </message>
    <message>
        <source>The comment was not recorded</source>
        <translation>의견이 기록되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>Acceptable</source>
        <translation>적절</translation>
    </message>
    <message>
        <source>Improvable</source>
        <translation>개선 가능</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>수정 필요</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>Sent to review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>수정 요청</translation>
    </message>
    <message>
        <source>New revision started</source>
        <translation>새 개정판 시작</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Favourable</source>
        <translation>찬성</translation>
    </message>
    <message>
        <source>Unfavourable</source>
        <translation>반대</translation>
    </message>
</context>
<context>
    <name>RiskDetail</name>
    <message>
        <source>Why this risk is raised</source>
        <translation>이 위험이 확인된 이유</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>보호조치</translation>
    </message>
    <message>
        <source>The pack names no measure for this risk.</source>
        <translation>질문 팩에 이 위험에 대한 보호조치가 없습니다.</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>평가자 판단</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>위험 평가</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>처리 방안</translation>
    </message>
    <message>
        <source>Accept residual risk</source>
        <translation>잔여 위험 수용</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>Before measures</source>
        <translation>조치 전</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>With the plan</source>
        <translation>계획 이행 후</translation>
    </message>
    <message>
        <source>Where the risk stands before any measure.</source>
        <translation>보호조치를 하기 전의 위험 수준입니다.</translation>
    </message>
    <message>
        <source>Counting only the measures that are done.</source>
        <translation>완료된 조치만 반영한 수준입니다.</translation>
    </message>
    <message>
        <source>Counting the measures done, in progress or planned; a measure nobody plans lowers nothing.</source>
        <translation>완료·진행 중·계획된 조치를 반영한 수준입니다. 계획되지 않은 조치는 위험을 낮추지 않습니다.</translation>
    </message>
    <message>
        <source>To be rated</source>
        <translation>평가 필요</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>감소</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>수용</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>전가</translation>
    </message>
    <message>
        <source>Lower the likelihood or the severity with measures.</source>
        <translation>보호조치로 발생 가능성이나 심각도를 낮춥니다.</translation>
    </message>
    <message>
        <source>Live with the risk as it is, knowingly.</source>
        <translation>위험을 알고도 현재 상태로 감수합니다.</translation>
    </message>
    <message>
        <source>Stop or change the processing so the risk no longer arises.</source>
        <translation>처리를 중단하거나 바꾸어 위험이 생기지 않게 합니다.</translation>
    </message>
    <message>
        <source>Share the risk with another party, e.g. by contract or insurance.</source>
        <translation>계약이나 보험 등으로 다른 당사자와 위험을 나눕니다.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>위험 평가</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>처리 방안</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>위험 수용</translation>
    </message>
</context>
<context>
    <name>RisksView</name>
    <message>
        <source>Risk register</source>
        <translation>위험 목록</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>위험 지도</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>Answer the questionnaire: the risks your answers raise appear here, with what to do about them.</source>
        <translation>질문에 답하면, 답변으로 확인된 위험과 필요한 조치가 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <source>at most %1 characters</source>
        <translation>%1자 이하로 입력하십시오</translation>
    </message>
    <message>
        <source>enter a number, e.g. 12 or 3.5</source>
        <translation>숫자를 입력하십시오(예: 12, 3.5)</translation>
    </message>
    <message>
        <source>enter a whole number, e.g. 12</source>
        <translation>정수를 입력하십시오(예: 12)</translation>
    </message>
    <message>
        <source>enter a date as YYYY-MM-DD</source>
        <translation>날짜를 YYYY-MM-DD 형식으로 입력하십시오</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan a model folder</source>
        <translation>모델 폴더 검사</translation>
    </message>
    <message>
        <source>AIPIA reads the model files on this computer (it never runs them) and proposes answers, each with the file it was read from. Tick what to fill in; answers you already gave change only if you tick them.</source>
        <translation>AIPIA가 이 컴퓨터의 모델 파일을 읽어(실행하지는 않습니다) 답변을 제안하고, 각 답변을 어느 파일에서 읽었는지 함께 보여 줍니다. 입력할 항목에 체크하십시오. 이미 입력한 답변은 체크한 경우에만 바뀝니다.</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>폴더 선택(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose f&amp;iles…</source>
        <translation>파일 선택(&amp;I)…</translation>
    </message>
    <message>
        <source>Compute the SHA-256 of every file (slow for large models)</source>
        <translation>모든 파일의 SHA-256 계산(대용량 모델은 오래 걸림)</translation>
    </message>
    <message>
        <source>Messages about the files</source>
        <translation>파일 관련 메시지</translation>
    </message>
    <message>
        <source>Fill in &amp;ticked answers</source>
        <translation>체크한 답변 입력(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>모델 폴더 선택</translation>
    </message>
    <message>
        <source>Choose model files</source>
        <translation>모델 파일 선택</translation>
    </message>
    <message>
        <source>Model files (*.safetensors *.gguf *.bin *.pt *.pth *.ckpt *.onnx);;All files (*)</source>
        <translation>모델 파일 (*.safetensors *.gguf *.bin *.pt *.pth *.ckpt *.onnx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>읽는 중: %1</translation>
    </message>
    <message>
        <source>Computing SHA-256 of %1</source>
        <translation>SHA-256 계산 중: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>The scan stopped: %1</source>
        <translation>검사가 중단되었습니다: %1</translation>
    </message>
    <message>
        <source>Cancelled: the results below are incomplete.</source>
        <translation>취소됨: 아래 결과는 일부입니다.</translation>
    </message>
    <message>
        <source>Models found: %1.</source>
        <translation>찾은 모델: %1개.</translation>
    </message>
    <message>
        <source>Files changed since the scan of %1: %2.</source>
        <translation>%1 검사 이후 바뀐 파일: %2개.</translation>
    </message>
    <message>
        <source>No file changed since the scan of %1.</source>
        <translation>%1 검사 이후 바뀐 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to fill in.</source>
        <translation>입력할 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <source>Scores</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>not yet scored</source>
        <translation>아직 점수 없음</translation>
    </message>
</context>
<context>
    <name>SectionSidebar</name>
    <message>
        <source>Sections</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>사용 안 함</translation>
    </message>
</context>
<context>
    <name>SectionSwitch</name>
    <message>
        <source>Switched off by %1 on %2: %3</source>
        <translation>%1님이 %2에 제외함: %3</translation>
    </message>
    <message>
        <source>Switch this section on again</source>
        <translation>이 항목 다시 포함하기</translation>
    </message>
    <message>
        <source>This section is optional: switch it off if it does not apply, with a reason.</source>
        <translation>선택 항목입니다. 해당하지 않으면 사유를 적고 제외할 수 있습니다.</translation>
    </message>
    <message>
        <source>Switch this section off…</source>
        <translation>이 항목 제외하기…</translation>
    </message>
</context>
<context>
    <name>SectionVerdicts</name>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Sections and their verdicts</source>
        <translation>섹션과 판정</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>판정(&amp;V)</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>의견(&amp;M)</translation>
    </message>
    <message>
        <source>What is good, what must change</source>
        <translation>잘된 점과 고쳐야 할 점</translation>
    </message>
    <message>
        <source>&amp;Record verdict</source>
        <translation>판정 기록(&amp;R)</translation>
    </message>
    <message>
        <source>Add comment onl&amp;y</source>
        <translation>의견만 추가(&amp;Y)</translation>
    </message>
    <message>
        <source>Verdicts are given while the assessment is in review.</source>
        <translation>판정은 평가가 검토 중일 때 합니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>e.g. Seoul Privacy Consulting</source>
        <translation>예) 서울프라이버시컨설팅</translation>
    </message>
    <message>
        <source>Consultancy name</source>
        <translation>컨설팅사 이름</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>로고 선택…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>로고 삭제</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>강조 색상</translation>
    </message>
    <message>
        <source>e.g. Kim Minji</source>
        <translation>예: 김민지</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>내 이름</translation>
    </message>
    <message>
        <source>Largest attached file</source>
        <translation>첨부 파일 최대 크기</translation>
    </message>
    <message>
        <source>All attached files of one assessment</source>
        <translation>평가 하나의 첨부 파일 전체</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>화면 언어(&amp;L)</translation>
    </message>
    <message>
        <source>Report branding</source>
        <translation>보고서 브랜딩</translation>
    </message>
    <message>
        <source>Consultancy &amp;name</source>
        <translation>컨설팅사 이름(&amp;N)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <source>Review and evidence</source>
        <translation>검토 및 증빙 자료</translation>
    </message>
    <message>
        <source>&amp;Your name (kept in the review trail)</source>
        <translation>내 이름(검토 이력에 기록)(&amp;Y)</translation>
    </message>
    <message>
        <source>Largest attached &amp;file</source>
        <translation>첨부 파일 최대 크기(&amp;F)</translation>
    </message>
    <message>
        <source>All files of one &amp;assessment</source>
        <translation>평가 하나의 전체 파일(&amp;A)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>로고 선택</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>로고 없음</translation>
    </message>
</context>
<context>
    <name>StageMaps</name>
    <message>
        <source>Heat map: %1</source>
        <translation>위험 지도: %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>AIPIA could not open its data folder:

%1

Nothing was changed. Start AIPIA with --data-dir to use another folder.</source>
        <translation>AIPIA가 데이터 폴더를 열지 못했습니다:

%1

아무것도 변경되지 않았습니다. 다른 폴더를 사용하려면 --data-dir 옵션으로 AIPIA를 시작하십시오.</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>No risk is raised by the answers so far.</source>
        <translation>지금까지의 답변으로는 확인된 위험이 없습니다.</translation>
    </message>
    <message>
        <source>Risks raised: %1. Highest level today: %2.</source>
        <translation>확인된 위험: %1개. 현재 가장 높은 수준: %2.</translation>
    </message>
    <message>
        <source>none rated yet</source>
        <translation>아직 평가된 위험 없음</translation>
    </message>
    <message>
        <source>To be rated: %1</source>
        <translation>평가 필요: %1</translation>
    </message>
    <message>
        <source>Rated by the assessor: %1</source>
        <translation>평가자가 수준 조정: %1</translation>
    </message>
    <message>
        <source>Kept high by unplanned measures: %1</source>
        <translation>계획되지 않은 조치로 높게 남은 위험: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>수용됨: %1</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Add row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Edit row…</source>
        <translation>행 편집…</translation>
    </message>
    <message>
        <source>Every column of the selected row in a form (Ctrl+Shift+E, or double-click the row number)</source>
        <translation>선택한 행의 모든 열을 입력 양식으로 엽니다(Ctrl+Shift+E 또는 행 번호를 두 번 클릭)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>Move the row up (Ctrl+Shift+Up)</source>
        <translation>행을 위로 이동(Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Move the row down (Ctrl+Shift+Down)</source>
        <translation>행을 아래로 이동(Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>%2개 행 중 %1번째 행</translation>
    </message>
    <message>
        <source>Not asked for this row</source>
        <translation>이 행에서는 묻지 않는 항목입니다</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>The text is %1 characters long; shorten it to at most %2. Until then it is not saved.</source>
        <translation>글자 수가 %1자입니다. %2자 이하로 줄이십시오. 줄이기 전까지는 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>TreatmentForm</name>
    <message>
        <source>Treatment</source>
        <translation>처리 방안</translation>
    </message>
    <message>
        <source>Why this treatment suits the risk</source>
        <translation>이 처리 방안을 선택한 이유</translation>
    </message>
    <message>
        <source>Save treatment</source>
        <translation>처리 방안 저장</translation>
    </message>
    <message>
        <source>Clear treatment</source>
        <translation>처리 방안 지우기</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>처리 방안(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>근거(&amp;J):</translation>
    </message>
    <message>
        <source>Saved: %1, by %2 on %3.</source>
        <translation>저장됨: %1, %2, %3.</translation>
    </message>
    <message>
        <source>No treatment chosen yet.</source>
        <translation>아직 처리 방안을 정하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>TrustedKeysPane</name>
    <message>
        <source>Trusted keys</source>
        <translation>신뢰하는 키</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>&amp;Add key file…</source>
        <translation>키 파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>키 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Packs signed with one of these keys are shown as verified. Before you add a key, compare its fingerprint with the one its publisher gives.</source>
        <translation>이 키 중 하나로 서명된 팩은 검증됨으로 표시됩니다. 키를 추가하기 전에 배포자가 알려 주는 지문과 비교하십시오.</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>Choose a public key or a signed bundle</source>
        <translation>공개 키 또는 서명된 번들 선택</translation>
    </message>
    <message>
        <source>Public keys and bundles (*.pub *.pem *.aipack);;All files (*)</source>
        <translation>공개 키 및 번들 (*.pub *.pem *.aipack);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>the bundle is not signed</source>
        <translation>번들이 서명되지 않았습니다</translation>
    </message>
    <message>
        <source>No key was added: %1</source>
        <translation>키를 추가하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>이 키를 신뢰하시겠습니까?</translation>
    </message>
    <message>
        <source>Trust the key in %1, with the fingerprint

%2

only if it is the fingerprint its publisher gives.</source>
        <translation>%1에 있는 키의 지문은 다음과 같습니다.

%2

배포자가 알려 주는 지문과 같을 때만 이 키를 신뢰하십시오.</translation>
    </message>
    <message>
        <source>Trusted %1: %2</source>
        <translation>신뢰함 %1: %2</translation>
    </message>
    <message>
        <source>Stop trusting this key?</source>
        <translation>이 키를 더 이상 신뢰하지 않으시겠습니까?</translation>
    </message>
    <message>
        <source>Stop trusting %1? Packs it signed stay installed but are shown as unverified.</source>
        <translation>%1을(를) 더 이상 신뢰하지 않으시겠습니까? 이 키로 서명된 팩은 설치된 채로 남지만 미검증으로 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 is no longer trusted.</source>
        <translation>%1은(는) 더 이상 신뢰하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Pack updates</source>
        <translation>팩 업데이트</translation>
    </message>
    <message>
        <source>Publishers you follow have released new versions of their questionnaire packs. Nothing is installed until you click Install.</source>
        <translation>구독한 게시자가 질문 팩의 새 버전을 내놓았습니다. 설치를 누르기 전에는 아무것도 설치되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>Another download is still running; try again in a moment.</source>
        <translation>다른 내려받기가 아직 진행 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>내려받는 중…</translation>
    </message>
    <message>
        <source>Installed %1 %2.</source>
        <translation>%1 %2을(를) 설치했습니다.</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>설치하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>These assessments use an older version; upgrade each to carry its answers over:</source>
        <translation>다음 평가는 이전 버전을 사용합니다. 답변을 옮기려면 각각 업그레이드하세요:</translation>
    </message>
    <message>
        <source>“%1” (%2) uses version %3</source>
        <translation>“%1”(%2)은(는) 버전 %3을 사용합니다</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>업그레이드(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>The section was not switched</source>
        <translation>항목을 제외하거나 포함하지 못했습니다</translation>
    </message>
    <message>
        <source>these answers cannot be saved as they are: %1</source>
        <translation>지금 상태로는 저장할 수 없는 답변이 있습니다: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Not saved: fix the answer marked in red</source>
        <translation>저장되지 않음: 빨간색으로 표시된 답변을 고치십시오</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>모든 변경 사항 저장됨</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Save state</source>
        <translation>저장 상태</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>이전(&amp;B)</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>이전 항목 (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%2개 중 %1개 답변</translation>
    </message>
    <message>
        <source>See the &amp;risks</source>
        <translation>위험 보기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>다음 항목 (Ctrl+PgDown)</translation>
    </message>
</context>
<context>
    <name>YourName</name>
    <message>
        <source>Recorded with each rating, treatment and acceptance</source>
        <translation>위험 평가·처리 방안·수용을 기록할 때 함께 남습니다</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>내 이름</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>내 이름(&amp;N):</translation>
    </message>
</context>
</TS>

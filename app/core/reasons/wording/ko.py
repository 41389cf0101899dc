"""Korean wording of reasons.

Korean particles change with the last sound of the word before them (은/는,
이/가, 을/를, (으)로). Every entry puts a question, an answer or a number only
where the following word does not change: before 에, 에서, 의, 입니다, 인,
보다, 또는, or before a fixed noun (항목, 행) that carries the particle.
"""

from app.core.reasons.wording import Wording

WORDS = Wording(
    language="ko",
    question="“{text}”",
    answer="‘{text}’",
    comma=", ",
    last_and=", ",
    last_or=" 또는 ",
    more="{list} 외 {n}개",
    singular=(),
    thousands=",",
    decimal=".",
    date="{year}년 {month} {day}일",
    months=(
        "1월", "2월", "3월", "4월", "5월", "6월",
        "7월", "8월", "9월", "10월", "11월", "12월",
    ),
    with_unit="{number}{unit}",
    counted={"choices": "{n}개", "rows": "{n}개", "characters": "{n}자"},
    values={
        "yes": "예",
        "no": "아니오",
        "partial": "일부",
        "unknown": "모름",
        "not_applicable": "해당 없음",
    },
    empty="비어 있음",
    unnamed_row="{n}번째 행",
    limits={
        ">": "{n} 초과",
        ">=": "{n} 이상",
        "<": "{n} 미만",
        "<=": "{n} 이하",
        "==": "{n}",
        "!=": "{n} 외의 값",
    },
    date_limits={
        ">": "{n}보다 이후",
        ">=": "{n} 또는 그 이후",
        "<": "{n}보다 이전",
        "<=": "{n} 또는 그 이전",
        "==": "{n}",
        "!=": "{n} 외의 날짜",
    },
    looks_for="(판단 기준: {limit})",
    expect={
        "==": "{values}",
        "in": "{values}",
        "!=": "{values} 외",
        "not in": "{values} 외",
        "selected": "{values}",
        "not selected": "{values} 미선택",
        "empty": "비어 있음",
        "filled": "입력됨",
        "answered": "응답함",
        "unanswered": "미응답",
        "unknown": "‘모름’",
        "not unknown": "‘모름’ 외",
        "not_applicable": "‘해당 없음’",
        "not not_applicable": "‘해당 없음’ 외",
    },
    and_join=", ",
    or_join=" 또는 ",
    cell="{column}: {value}",
    cells_join="; ",
    row_with_clause="{row}({clause})",
    shared="({clause})",
    answered="{question}에 대한 응답은 {answer}입니다{limit}.",
    unanswered="{question}에 아직 응답하지 않았습니다.",
    hidden="{question}에 대한 응답이 없습니다(다른 응답에 따라 묻지 않는 질문입니다).",
    chose="{question}에서 {choices} 항목을 선택했습니다.",
    did_not_choose="{question}에서 {choices} 항목을 선택하지 않았습니다.",
    choices_count=(
        "{question}에서 {n}개 항목({choices})을 선택했습니다{limit}.",
        "{question}에서 {n}개 항목({choices})을 선택했습니다{limit}.",
    ),
    no_choices="{question}에서 선택한 항목이 없습니다{limit}.",
    rows_count=(
        "{question}에 {n}개 행이 있습니다{limit}.",
        "{question}에 {n}개 행이 있습니다{limit}.",
    ),
    no_rows="{question}에 입력된 행이 없습니다.",
    characters=(
        "{question}에 대한 응답은 {n}자입니다{limit}.",
        "{question}에 대한 응답은 {n}자입니다{limit}.",
    ),
    some_rows=(
        "{question}의 {total}개 행 중 다음 {n}개 행이 해당합니다{shared}{limit}: {rows}.",
        "{question}의 {total}개 행 중 다음 {n}개 행이 해당합니다{shared}{limit}: {rows}.",
    ),
    all_rows=(
        "{question}의 유일한 행이 해당합니다{shared}{limit}: {rows}.",
        "{question}의 {total}개 행이 모두 해당합니다{shared}{limit}: {rows}.",
    ),
    none_of_rows=(
        "{question}의 유일한 행은 해당하지 않습니다{shared}{limit}.",
        "{question}의 {total}개 행 중 해당하는 행이 없습니다{shared}{limit}.",
    ),
    level_header={
        "likelihood": "발생 가능성이 {level}인 이유:",
        "severity": "심각도가 {level}인 이유:",
    },
)

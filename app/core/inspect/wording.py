"""The inspector's messages in English and Korean (the core returns text in the user's language)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "truncated": {
        "en": "the file ends early: {what} is missing. Download the file again.",
        "ko": "파일이 중간에 끝납니다({what} 없음). 파일을 다시 내려받으십시오.",
    },
    "header_too_large": {
        "en": "the header says it is {declared} bytes long; AIPIA reads headers of at most "
              "{limit} bytes, so the file was not read further (damaged or not a model file?).",
        "ko": "헤더 길이가 {declared}바이트라고 적혀 있으나 AIPIA는 최대 {limit}바이트까지만 "
              "읽으므로 더 읽지 않았습니다(손상되었거나 모델 파일이 아닐 수 있음).",
    },
    "beyond_file": {
        "en": "{what} claims {declared} bytes, more than the file holds ({size} bytes): "
              "the file is damaged or its header lies.",
        "ko": "{what}의 길이가 {declared}바이트라고 적혀 있으나 "
              "파일 크기({size}바이트)보다 큽니다. "
              "파일이 손상되었거나 헤더가 사실과 다릅니다.",
    },
    "bad_json": {
        "en": "{what} is not valid JSON ({detail}).",
        "ko": "{what}이(가) 올바른 JSON이 아닙니다({detail}).",
    },
    "bad_header": {
        "en": "{what} is not as the format requires: {detail}.",
        "ko": "{what}이(가) 형식에 맞지 않습니다: {detail}.",
    },
    "data_beyond_file": {
        "en": "the header places tensor data past the end of the file (byte {end} of {size}): "
              "the file is truncated or the header lies. Download it again.",
        "ko": "헤더가 텐서 데이터의 위치를 파일 끝 너머로 지정합니다"
              "({size}바이트 중 {end}번째 바이트). "
              "파일이 잘렸거나 헤더가 사실과 다르니 다시 내려받으십시오.",
    },
    "too_many": {
        "en": "{what}: {count} entries, more than AIPIA reads ({limit}); "
              "the file was not read further.",
        "ko": "{what}: 항목이 {count}개로 AIPIA가 읽는 한도({limit}개)를 넘어 더 읽지 않았습니다.",
    },
    "not_gguf": {
        "en": "does not start with the GGUF signature; it is not a GGUF model file.",
        "ko": "GGUF 서명으로 시작하지 않으므로 GGUF 모델 파일이 아닙니다.",
    },
    "gguf_version": {
        "en": "GGUF version {version} is not supported (versions 2 and 3 are).",
        "ko": "GGUF 버전 {version}은(는) 지원하지 않습니다(버전 2, 3 지원).",
    },
    "not_pickle": {
        "en": "is neither a pickle nor a zip-wrapped PyTorch file; it was not checked for code.",
        "ko": "피클 파일도, zip 형식의 PyTorch 파일도 아니므로 "
              "코드 포함 여부를 확인하지 않았습니다.",
    },
    "pickle_dangerous": {
        "en": "loading this file would run code: it imports {imports}. Do not load it; "
              "get a safetensors or GGUF copy from the publisher.",
        "ko": "이 파일을 불러오면 코드가 실행됩니다({imports}을(를) 가져옴). "
              "불러오지 말고 배포처의 "
              "safetensors 또는 GGUF 파일을 이용하십시오.",
    },
    "pickle_unlisted": {
        "en": "imports outside the safe list: {imports}. Loading it can run that code; "
              "prefer a safetensors or GGUF copy, or load it with weights_only=True.",
        "ko": "안전 목록에 없는 모듈을 가져옵니다: {imports}. 불러오면 해당 코드가 실행될 수 "
              "있으므로 safetensors·GGUF 파일을 이용하거나 weights_only=True로 불러오십시오.",
    },
    "pickle_damaged": {
        "en": "the pickle data is damaged after byte {offset} ({detail}); what came before "
              "was checked. Treat the file as unsafe.",
        "ko": "피클 데이터가 {offset}번째 바이트 이후 손상되어 있습니다({detail}). 그 앞부분만 "
              "확인했으므로 안전하지 않은 파일로 취급하십시오.",
    },
    "pickle_too_long": {
        "en": "the pickle data is longer than {limit} bytes; only that much was checked. "
              "Treat the file as unsafe.",
        "ko": "피클 데이터가 {limit}바이트보다 길어 그만큼만 확인했습니다. 안전하지 않은 "
              "파일로 취급하십시오.",
    },
    "zip_bad": {
        "en": "is not a readable zip file ({detail}).",
        "ko": "읽을 수 있는 zip 파일이 아닙니다({detail}).",
    },
    "zip_no_pickle": {
        "en": "zip file without pickle data (data.pkl): not a PyTorch checkpoint.",
        "ko": "피클 데이터(data.pkl)가 없는 zip 파일이므로 PyTorch 체크포인트가 아닙니다.",
    },
    "unreadable": {
        "en": "cannot be read ({detail}). Check the file's permissions.",
        "ko": "읽을 수 없습니다({detail}). 파일 권한을 확인하십시오.",
    },
    "not_regular": {
        "en": "is not a regular file (a device, pipe or socket); skipped.",
        "ko": "일반 파일이 아니므로(장치·파이프·소켓) 건너뛰었습니다.",
    },
    "link_loop": {
        "en": "a folder link leads back to a folder already scanned; it was not followed.",
        "ko": "폴더 링크가 이미 검사한 폴더로 되돌아가므로 따라가지 않았습니다.",
    },
    "too_deep": {
        "en": "folders are nested deeper than {limit} levels; deeper ones were not scanned.",
        "ko": "폴더가 {limit}단계보다 깊게 중첩되어 있어 더 깊은 폴더는 검사하지 않았습니다.",
    },
    "too_many_entries": {
        "en": "the folders hold more than {limit} files and folders; the rest were not looked at. "
              "Scan the model's own folder instead.",
        "ko": "파일과 폴더가 {limit}개를 넘어 나머지는 살펴보지 않았습니다. 모델 폴더만 "
              "지정하여 다시 검사하십시오.",
    },
    "too_many_files": {
        "en": "more than {limit} model files; the rest were not inspected. "
              "Scan one model folder at a time.",
        "ko": "모델 관련 파일이 {limit}개를 넘어 나머지는 검사하지 않았습니다. 모델 폴더를 "
              "하나씩 검사하십시오.",
    },
    "not_found": {
        "en": "does not exist.",
        "ko": "존재하지 않습니다.",
    },
    "no_models": {
        "en": "no model files (safetensors, GGUF, pickle, ONNX) or model configuration found.",
        "ko": "모델 파일(safetensors, GGUF, 피클, ONNX)이나 모델 설정 파일을 찾지 못했습니다.",
    },
    "empty_file": {
        "en": "is empty (0 bytes). Download the file again.",
        "ko": "빈 파일(0바이트)입니다. 다시 내려받으십시오.",
    },
    "shard_missing": {
        "en": "the index lists {count} weight file(s) that are not in the folder: {names}.",
        "ko": "색인 파일에 기재된 가중치 파일 {count}개가 폴더에 없습니다: {names}.",
    },
    "front_matter": {
        "en": "the model card's front matter cannot be read ({detail}).",
        "ko": "모델 카드 머리말(front matter)을 읽을 수 없습니다({detail}).",
    },
    "remote_code": {
        "en": "needs trust_remote_code: loading it with transformers runs {files}. Read that code "
              "and pin the revision before loading.",
        "ko": "trust_remote_code가 필요합니다. transformers로 불러오면 {files}이(가) 실행되므로 "
              "불러오기 전에 코드를 검토하고 버전을 고정하십시오.",
    },
    "cancelled": {
        "en": "the scan was cancelled; the results are incomplete and no file was changed.",
        "ko": "검사가 취소되어 결과가 완전하지 않습니다. 변경된 파일은 없습니다.",
    },
}

# descriptive field names used as evidence (metadata keys such as general.name stay as they are)
FIELDS_KO = {
    "folder or file name": "폴더 또는 파일 이름",
    "header": "헤더",
    "header (tensor shapes)": "헤더(텐서 크기)",
    "header (dtype)": "헤더(데이터 형식)",
    "header (__metadata__)": "헤더(__metadata__)",
    "header (GGUF signature)": "헤더(GGUF 서명)",
    "header (version)": "헤더(버전)",
    "header (tensor count)": "헤더(텐서 수)",
    "tensor descriptions (shapes)": "텐서 정보(크기)",
    "pickle opcodes": "피클 명령어",
    "pickle opcodes (GLOBAL, STACK_GLOBAL)": "피클 명령어(GLOBAL, STACK_GLOBAL)",
    "zip with data.pkl (PyTorch)": "data.pkl이 든 zip(PyTorch)",
    "text (distinctive phrases)": "본문(특징적 문구)",
    "text (not recognised)": "본문(식별 불가)",
    "file": "파일",
    "file (no front matter)": "파일(머리말 없음)",
    "front matter": "머리말",
    "file name (.onnx)": "파일 이름(.onnx)",
    "Hugging Face cache folder": "Hugging Face 캐시 폴더",
    "commit": "커밋",
    "remote url": "원격 저장소 주소",
    "auto_map (none)": "auto_map 없음",
    "format": "파일 형식",
    "keys": "항목",
    "Ollama manifest": "Ollama 매니페스트",
    "Ollama manifest (model)": "Ollama 매니페스트(모델)",
    "Ollama manifest (adapter)": "Ollama 매니페스트(어댑터)",
    "Ollama manifest (projector)": "Ollama 매니페스트(프로젝터)",
}

EVIDENCE = {
    "en": "{file}, {field}",
    "ko": "{file}의 {field}",
}


def message(code: str, args: dict[str, str], lang: str) -> str:
    """The message ``code`` in ``lang`` (English when missing), filled in with ``args``."""
    texts = MESSAGES.get(code, {"en": code})
    template = texts.get(lang) or texts["en"]
    try:
        return template.format(**args)
    except (KeyError, IndexError):
        return template


def evidence_text(file: str, field: str, lang: str) -> str:
    """Where a value came from: the file and the field inside it."""
    shown = FIELDS_KO.get(field, field) if lang == "ko" else field
    return (EVIDENCE.get(lang) or EVIDENCE["en"]).format(file=file, field=shown)

"""The tables to update when the questionnaire changes: scan results -> question and column ids.

Everything pack-specific about the model scan lives here. The current ids are
those of the built-in pack 1.1.0 (``questionnaires/ai-pia/open_models.yaml``),
plus the questions 1.0.0 had and 1.1.0 removed, so assessments still on 1.0.0
keep getting them. A question, column or choice the loaded pack does not have
is dropped, never forced in (``fit.fit_to_pack``).
"""

from __future__ import annotations

# question ids
INVENTORY_QUESTION = "model_inventory"
REMOTE_CODE_QUESTION = "trust_remote_code"
# pack 1.0.0 only: 1.1.0 reads the format and licence from the inventory rows instead
WEIGHT_FORMAT_QUESTION = "weight_format"
LICENCE_CLASS_QUESTION = "licence_class"

# inventory cell -> column id in the pack (the left side is what the scan computes)
COLUMNS = {
    "name": "name",
    "revision": "revision",
    "publisher": "publisher",
    "parameters_b": "parameters_b",
    "weight_format": "weight_format",
    "licence": "licence",
    "licence_name": "licence_name",  # 1.1.0
    "source_url": "source_url",
}

# scan format -> choice id (inventory column and the weight_format question)
FORMAT_CHOICES = {
    "safetensors": "safetensors",
    "gguf": "gguf",
    "onnx": "onnx",
    "pickle": "pickle",
    "mixed": "mixed",
}

# licences.Licence.kind -> choice id of the inventory's licence column; "other" is a
# licence the files name or hold that the scan does not recognise (1.1.0 has that choice)
LICENCE_COLUMN_CHOICES = {
    "permissive": "permissive",
    "community_aup": "community_aup",
    "non_commercial": "non_commercial",
    "other": "other_custom",
}
# licences.Licence.kind -> choice id of the licence_class question
LICENCE_CLASS_CHOICES = {
    "permissive": "permissive",
    "community_aup": "community_aup",
    "non_commercial": "non_commercial",
    "other": "other_custom",
}
# no model needs remote code -> this choice of trust_remote_code
REMOTE_CODE_NEVER = "never"

# Hugging Face organisation -> publisher as people write it
PUBLISHERS = {
    "meta-llama": "Meta",
    "facebook": "Meta",
    "google": "Google",
    "qwen": "Qwen (Alibaba Cloud)",
    "openai": "OpenAI",
    "baai": "BAAI",
    "mistralai": "Mistral AI",
    "naver-hyperclovax": "NAVER",
    "deepseek-ai": "DeepSeek",
    "microsoft": "Microsoft",
    "lgai-exaone": "LG AI Research",
    "upstage": "Upstage",
    "kakaocorp": "Kakao",
    "ibm-granite": "IBM",
    "nvidia": "NVIDIA",
}

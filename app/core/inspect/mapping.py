"""The tables to update when the questionnaire changes: scan results -> question and column ids.

Everything pack-specific about the model scan lives here. The current ids are
those of the built-in pack (``questionnaires/ai-pia/open_models.yaml``). A
column or choice the loaded pack does not have is dropped, never forced in
(``inventory.fit_to_pack``).
"""

from __future__ import annotations

# question ids
INVENTORY_QUESTION = "model_inventory"
WEIGHT_FORMAT_QUESTION = "weight_format"
REMOTE_CODE_QUESTION = "trust_remote_code"
LICENCE_CLASS_QUESTION = "licence_class"

# inventory cell -> column id in the pack (the left side is what the scan computes)
COLUMNS = {
    "name": "name",
    "revision": "revision",
    "publisher": "publisher",
    "parameters_b": "parameters_b",
    "weight_format": "weight_format",
    "licence": "licence",
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

# licences.Licence.kind -> choice id of the inventory's licence column
LICENCE_COLUMN_CHOICES = {
    "permissive": "permissive",
    "community_aup": "community_aup",
    "non_commercial": "non_commercial",
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

/**
 * Which lab made a catalog's model, from the three things a catalog tells: the provider that lists
 * it (a lab's own API), the organisation in front of its id (`meta-llama/`, `qwen/`), and the
 * brand its name starts with (`claude-`, `gemini-`). Lab names are spelt as data/models.csv spells
 * them, so imported models land on the editors' existing lab pages. A model whose lab none of
 * these tell is not imported (the import reports how many): a model without its lab is a guess.
 *
 * Extend these tables when a catalog brings a new lab; the import's summary lists the
 * organisations it could not place.
 */

/** models.dev providers that are a lab's own API, and the lab. */
export const LAB_PROVIDERS: Readonly<Record<string, string>> = {
  anthropic: "Anthropic",
  openai: "OpenAI",
  google: "Google",
  xai: "xAI",
  deepseek: "DeepSeek",
  mistral: "Mistral AI",
  moonshotai: "Moonshot AI",
  "moonshotai-cn": "Moonshot AI",
  zai: "Zhipu AI",
  zhipuai: "Zhipu AI",
  alibaba: "Alibaba",
  "alibaba-cn": "Alibaba",
  minimax: "MiniMax",
  "minimax-cn": "MiniMax",
  cohere: "Cohere",
  xiaomi: "Xiaomi",
  llama: "Meta",
  stepfun: "StepFun",
  upstage: "Upstage",
  inception: "Inception",
  perplexity: "Perplexity",
  poolside: "Poolside",
  sakana: "Sakana AI",
  sarvam: "Sarvam AI",
  morph: "Morph",
  bailing: "Ant Group",
  "tencent-tokenhub": "Tencent",
};

/** Organisations in front of model ids (`meta-llama/Llama-3.3-70B-Instruct`), lower case, and their lab. */
export const LAB_ORGS: Readonly<Record<string, string>> = {
  anthropic: "Anthropic",
  openai: "OpenAI",
  google: "Google",
  "x-ai": "xAI",
  xai: "xAI",
  deepseek: "DeepSeek",
  "deepseek-ai": "DeepSeek",
  mistralai: "Mistral AI",
  mistral: "Mistral AI",
  "mistral-ai": "Mistral AI",
  "meta-llama": "Meta",
  meta: "Meta",
  qwen: "Alibaba",
  alibaba: "Alibaba",
  moonshotai: "Moonshot AI",
  "z-ai": "Zhipu AI",
  "zai-org": "Zhipu AI",
  zai: "Zhipu AI",
  zhipuai: "Zhipu AI",
  thudm: "Zhipu AI",
  minimax: "MiniMax",
  minimaxai: "MiniMax",
  nvidia: "NVIDIA",
  microsoft: "Microsoft",
  cohere: "Cohere",
  cohereforai: "Cohere",
  coherelabs: "Cohere",
  amazon: "Amazon",
  "ibm-granite": "IBM",
  ibm: "IBM",
  baidu: "Baidu",
  bytedance: "ByteDance",
  "bytedance-seed": "ByteDance",
  tencent: "Tencent",
  xiaomi: "Xiaomi",
  xiaomimimo: "Xiaomi",
  stepfun: "StepFun",
  "stepfun-ai": "StepFun",
  inclusionai: "Ant Group",
  perplexity: "Perplexity",
  "perplexity-ai": "Perplexity",
  ai21: "AI21 Labs",
  "ai21-labs": "AI21 Labs",
  allenai: "Ai2",
  nousresearch: "Nous Research",
  "arcee-ai": "Arcee AI",
  liquid: "Liquid AI",
  liquidai: "Liquid AI",
  inception: "Inception",
  poolside: "Poolside",
  upstage: "Upstage",
  rekaai: "Reka",
  inflection: "Inflection AI",
  writer: "Writer",
  morph: "Morph",
  relace: "Relace",
  sakana: "Sakana AI",
  sarvam: "Sarvam AI",
  sarvamai: "Sarvam AI",
  kwaipilot: "Kuaishou",
  meituan: "Meituan",
  deepcogito: "Deep Cogito",
  "prime-intellect": "Prime Intellect",
  primeintellect: "Prime Intellect",
  essentialai: "Essential AI",
  baichuan: "Baichuan",
  "black-forest-labs": "Black Forest Labs",
  bfl: "Black Forest Labs",
  tii: "TII",
  tiiuae: "TII",
};

/**
 * Brands that open a model's id, and their lab: what a reseller's bare id (`claude-sonnet-4-5`
 * from a router) still says. Only brands one lab owns.
 */
const LAB_BRANDS: Readonly<Record<string, string>> = {
  claude: "Anthropic",
  gpt: "OpenAI",
  chatgpt: "OpenAI",
  o1: "OpenAI",
  o3: "OpenAI",
  o4: "OpenAI",
  "dall-e": "OpenAI",
  whisper: "OpenAI",
  sora: "OpenAI",
  gemini: "Google",
  gemma: "Google",
  imagen: "Google",
  veo: "Google",
  grok: "xAI",
  deepseek: "DeepSeek",
  llama: "Meta",
  qwen: "Alibaba",
  qwq: "Alibaba",
  qvq: "Alibaba",
  glm: "Zhipu AI",
  kimi: "Moonshot AI",
  mistral: "Mistral AI",
  mixtral: "Mistral AI",
  ministral: "Mistral AI",
  magistral: "Mistral AI",
  devstral: "Mistral AI",
  codestral: "Mistral AI",
  pixtral: "Mistral AI",
  minimax: "MiniMax",
  nemotron: "NVIDIA",
  phi: "Microsoft",
  mimo: "Xiaomi",
  ernie: "Baidu",
  hunyuan: "Tencent",
  nova: "Amazon",
  granite: "IBM",
  jamba: "AI21 Labs",
  sonar: "Perplexity",
  command: "Cohere",
  aya: "Cohere",
};

/** The lab a brand names: the first token of a key (`claude` of `claude-sonnet-4-5`, `o3` of `o3-mini`). */
export function labOfBrand(key: string): string | undefined {
  const first = key.split("-")[0];
  if (first in LAB_BRANDS) return LAB_BRANDS[first];
  // `qwen3`, `llama3`, `glm4`: a brand with its version glued on.
  const glued = /^([a-z]+)\d/.exec(first);
  if (glued && glued[1] in LAB_BRANDS && !/^o$/.test(glued[1])) return LAB_BRANDS[glued[1]];
  return undefined;
}

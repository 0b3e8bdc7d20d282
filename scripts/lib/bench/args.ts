/** Command-line options of `npm run bench`. Pure. */

export interface BenchOptions {
	models: number[];
	json?: string;
	markdown?: string;
	skipBaseline: boolean;
	skipBrowser: boolean;
	seed: number;
	query: string;
	keep: boolean;
	help: boolean;
}

export const DEFAULT_MODELS = [500, 2000, 5000];
export const DEFAULT_SEED = 20240601;
export const DEFAULT_QUERY = 'speech recognition';

export const usage = `Usage: npm run bench -- [options]

Builds OpenModels with N synthetic model cards (and a minimal Starlight site with N pages as a
baseline) in temporary folders and prints build time, memory and page-weight figures.

  --models 500,2000,5000  card counts to build (default ${DEFAULT_MODELS.join(',')})
  --seed <n>              seed of the synthetic cards (default ${DEFAULT_SEED}); same seed, same cards
  --query <text>          what the browser types into the catalog (default "${DEFAULT_QUERY}")
  --json <file>           also write every figure as JSON
  --markdown <file>       also write a short Markdown summary
  --skip-baseline         do not build the baseline site (quick runs)
  --skip-browser          do not measure the first catalog search in Chromium
  --keep                  keep the temporary projects and builds (their paths are printed)
`;

export function parseArgs(argv: readonly string[]): BenchOptions {
	const options: BenchOptions = {
		models: DEFAULT_MODELS,
		skipBaseline: false,
		skipBrowser: false,
		seed: DEFAULT_SEED,
		query: DEFAULT_QUERY,
		keep: false,
		help: false,
	};
	for (let i = 0; i < argv.length; i++) {
		const raw = argv[i]!;
		const [flag, inline] = raw.startsWith('--') && raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
		const value = () => {
			const next = inline ?? argv[++i];
			if (next === undefined || (inline === undefined && next.startsWith('--'))) throw new Error(`${flag} needs a value`);
			return next;
		};
		switch (flag) {
			case '--models': {
				const counts = value()
					.split(',')
					.map((part) => Number(part.trim()));
				if (counts.length === 0 || counts.some((count) => !Number.isInteger(count) || count < 1))
					throw new Error('--models expects positive whole numbers separated by commas, e.g. 100,500');
				options.models = [...new Set(counts)].sort((a, b) => a - b);
				break;
			}
			case '--seed': {
				const seed = Number(value());
				if (!Number.isInteger(seed)) throw new Error('--seed expects a whole number');
				options.seed = seed;
				break;
			}
			case '--query':
				options.query = value();
				break;
			case '--json':
				options.json = value();
				break;
			case '--markdown':
				options.markdown = value();
				break;
			case '--skip-baseline':
				options.skipBaseline = true;
				break;
			case '--skip-browser':
				options.skipBrowser = true;
				break;
			case '--keep':
				options.keep = true;
				break;
			case '-h':
			case '--help':
				options.help = true;
				break;
			default:
				throw new Error(`unknown option ${raw}`);
		}
	}
	return options;
}

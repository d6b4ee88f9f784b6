import { ENGINE_FILE } from '../../lib/extension-manifest';
import { moduleLoader, publishModule } from './extension-module';
import type { runPage } from './run-page';

/** What the engine's file (entrypoints/content-engine.ts) offers the content script's loader. */
export interface EngineModule {
  runPage: typeof runPage;
}

const NAME = '__termlensEngine';

/** Called by the engine's own file when it runs. */
export const publishEngine = (engine: EngineModule): void => publishModule(NAME, engine);

/** The engine, imported once per frame by the content script (entrypoints/content/index.ts says why). */
export const loadEngine: () => Promise<EngineModule> = moduleLoader(ENGINE_FILE, NAME);

// Types of scripts/action-docs.mjs for the TypeScript test that checks the generated pages are current.
export declare const REPO_ROOT: string;
export declare const ACTION_DOCS_DIR: string;
export declare function findActionNames(root?: string): string[];
export declare function renderActionMarkdown(actionYamlText: string, name: string): string;
export declare function renderActionIndexMarkdown(actions: { name: string; actionYamlText: string }[]): string;
export declare function renderActionPage(actionYamlText: string, name: string): Promise<string>;
export declare function renderActionIndex(actions: { name: string; actionYamlText: string }[]): Promise<string>;
export declare function renderAllActionDocs(root?: string): Promise<Map<string, string>>;
export declare function findStaleActionDocs(root?: string): Promise<string[]>;
export declare function staleActionDocsMessage(stale: string[]): string;

// Types of scripts/screenshots.mjs for the TypeScript test that checks the screenshots in docs/ are current.
import type { Page } from 'playwright-core';

export interface ScreenshotSpec {
  image: string;
  page: string;
  width: number;
  height: number;
  capture: 'viewport' | 'frame';
}
export interface ScreenshotPages {
  report: { html: string; summary: string; comment: string };
  pages: Record<string, string>;
}
export interface Screenshot {
  image: string;
  file: string;
  bytes: number;
  width: number;
  height: number;
  errors: string[];
}
export interface ScreenshotManifest {
  generatedBy: string;
  images: Record<string, ScreenshotSpec & { sha256: string }>;
}

export declare const REPO_ROOT: string;
export declare const IMAGES_MANIFEST: string;
export declare const SCREENSHOTS: ScreenshotSpec[];
export declare function renderScreenshotPages(): Promise<ScreenshotPages>;
export declare function screenshotManifest(pages: Record<string, string>): ScreenshotManifest;
export declare function findStaleScreenshots(pages: Record<string, string>, docsDir?: string): Promise<string[]>;
export declare function staleScreenshotsMessage(problems: string[]): string;
export declare function requireChromium(): string;
export declare function hasColourEmojiFont(): boolean | undefined;
export declare function pngSize(bytes: Buffer): { width: number; height: number };
export declare function takeScreenshots(
  pages: Record<string, string>,
  outDir: string,
  options?: { inspect?: (page: Page, shot: ScreenshotSpec) => Promise<void>; keepPagesIn?: string },
): Promise<Screenshot[]>;
export declare function updateScreenshots(options?: { outDir?: string; keepPagesIn?: string }): Promise<Screenshot[]>;

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

export const overlays = ['dev', 'production'] as const;
export type Overlay = (typeof overlays)[number];

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

const overlayDirectory = (overlay: Overlay) => resolve(__dirname, '../overlays', overlay);

/** `kubectl kustomize` of one overlay, parsed: exactly what `kubectl apply -k` would send. */
export function renderOverlay(overlay: Overlay): K8sObject[] {
  const text = execFileSync('kubectl', ['kustomize', overlayDirectory(overlay)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return parseAllDocuments(text).map((document) => {
    if (document.errors.length > 0) throw new Error(`${overlay}: ${document.errors.map((error) => error.message).join('; ')}`);
    return document.toJS() as K8sObject;
  });
}

export const ofKind = (objects: K8sObject[], kind: string) => objects.filter((object) => object.kind === kind);

export function named(objects: K8sObject[], kind: string, name: string): K8sObject | undefined {
  return objects.find((object) => object.kind === kind && object.metadata.name === name);
}

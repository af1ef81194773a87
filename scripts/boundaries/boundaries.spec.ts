import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { boundaryViolations } from './boundary-violations';

/** A small repository that breaks every rule once, written file by file. */
const brokenTree: Record<string, string> = {
  'tsconfig.json': '{ "compilerOptions": { "allowImportingTsExtensions": true, "noEmit": true } }',
  'package.json': JSON.stringify({ dependencies: { zod: '*' }, devDependencies: { 'fast-check': '*' } }),
  'libs/widgets/src/widget-shape.ts': `import { z } from 'zod';\nimport fc from 'fast-check';\nimport { Client } from 'pg';\nexport const shape = [z, fc, Client];\n`,
  'apps/shop/src/shop.ts': `export const shop = 'shop';\n`,
  'apps/shop/src/checkout.ts': `import { till } from '../../till/src/till';\nexport const checkout = till;\n`,
  'apps/till/src/till.ts': `export const till = 'till';\n`,
  'scripts/seed.ts': `export const seed = 1;\n`,
  'deploy/local/servers.ts': `export const servers = ['kafka'];\n`,
  'libs/widgets/src/index.ts': `export * from './widget';\nexport * from './testing/widget-factory';\nexport * from './assertions';\n`,
  'libs/widgets/src/widget.ts': `import { shop } from '../../../apps/shop/src/shop';\nimport { seed } from '../../../scripts/seed';\nimport { servers } from '../../../deploy/local/servers';\nexport const widget = [shop, seed, servers];\n`,
  'libs/widgets/src/testing/widget-factory.ts': `export const aWidget = () => ({});\n`,
  'libs/widgets/src/assertions.ts': `import { expect } from '@jest/globals';\nexport const expectWidget = (value: unknown) => expect(value).toBeDefined();\n`,
  'libs/gears/src/index.ts': `export * from './gear';\n`,
  'libs/gears/src/gear.ts': `import { sprocket } from '../../sprockets/src/sprocket';\nexport const gear = () => sprocket;\n`,
  'libs/sprockets/src/sprocket.ts': `import { gear } from '../../gears/src/gear';\nexport const sprocket = () => gear;\n`,
};

describe('module boundaries', () => {
  it('should hold in the repository', () => {
    expect(boundaryViolations()).toEqual([]);
  });

  describe('in a tree that breaks them', () => {
    let root: string;
    let violations: string[];

    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'boundaries-'));
      for (const [file, text] of Object.entries(brokenTree)) {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        writeFileSync(join(root, file), text);
      }
      symlinkSync(resolve(__dirname, '../../node_modules'), join(root, 'node_modules'), 'dir');
      violations = boundaryViolations(root);
    });

    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('should report a library that imports an app', () => {
      expect(violations).toContain('lib-imports-app: libs/widgets/src/widget.ts → apps/shop/src/shop.ts');
    });

    it('should report a library that imports a script', () => {
      expect(violations).toContain('lib-imports-scripts: libs/widgets/src/widget.ts → scripts/seed.ts');
    });

    it('should report a library that imports the local deployment', () => {
      expect(violations).toContain('lib-imports-deploy: libs/widgets/src/widget.ts → deploy/local/servers.ts');
    });

    it('should report an app that imports another app', () => {
      expect(violations).toContain('app-imports-other-app: apps/shop/src/checkout.ts → apps/till/src/till.ts');
    });

    it('should report a runtime barrel that exports a testing/ folder', () => {
      expect(violations).toContain('barrel-exports-test-code: libs/widgets/src/index.ts → libs/widgets/src/testing/widget-factory.ts');
    });

    it('should report a runtime barrel that reaches jest', () => {
      expect(violations).toContainEqual(expect.stringMatching(/^barrel-exports-test-code: libs\/widgets\/src\/index\.ts → .*node_modules\/@jest\/globals\//));
    });

    it('should report service code that imports a devDependency, which a production install lacks', () => {
      expect(violations).toContainEqual(expect.stringMatching(/^runtime-imports-dev-dependency: libs\/widgets\/src\/widget-shape\.ts → .*node_modules\/fast-check\//));
    });

    it('should report service code that imports a package package.json does not declare', () => {
      expect(violations).toContainEqual(expect.stringMatching(/^runtime-imports-undeclared-package: libs\/widgets\/src\/widget-shape\.ts → .*node_modules\/pg\//));
    });

    it('should not report service code that imports a declared dependency', () => {
      expect(violations.filter((violation) => /widget-shape\.ts → .*node_modules\/zod\//.test(violation))).toEqual([]);
    });

    it('should report a cycle between libraries', () => {
      expect(violations).toContain('no-circular: libs/gears/src/gear.ts → libs/sprockets/src/sprocket.ts → libs/gears/src/gear.ts');
    });
  });
});

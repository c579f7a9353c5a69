/**
 * `npm run dist`: Electron Forge packages the built app (out/, resources/, production dependencies, in an
 * asar) with hardened fuses, then makes the installers for the platform it runs on. See the Packaging
 * section of docs/ARCHITECTURE.md.
 */
import { spawnSync } from 'node:child_process';
import { MakerDeb, type MakerDebConfig } from '@electron-forge/maker-deb';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { MakerRpm, type MakerRpmConfig } from '@electron-forge/maker-rpm';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { hoistDuplicates, leaveOut, pruneNotifierVendor } from './packaging/prune';
import {
  APP_BUNDLE_ID,
  APP_DISPLAY_NAME,
  EXECUTABLE_NAME,
  SQUIRREL_PACKAGE_ID,
} from './src/main/app-identity';

/** The one .desktop entry the .deb and .rpm install, with our keywords and categories. */
const desktopTemplate = 'packaging/linux/desktop.ejs';
const linuxDescription =
  'Unhunch sits in the system tray and, when a break is due, walks you through a stretch for your neck and upper back: steps in plain words, a figure and a hold timer.';
const linuxIcons = Object.fromEntries(
  [16, 24, 32, 48, 64, 128, 256, 512].map((size) => [
    `${size}x${size}`,
    `packaging/icons/linux/${size}x${size}.png`,
  ]),
);
const linuxOptions = {
  productName: APP_DISPLAY_NAME,
  genericName: 'Stretch break reminder',
  description: 'Guided stretch breaks for your neck and upper back',
  productDescription: linuxDescription,
  // The installers take a size-to-file map and install each into the hicolor theme (their READMEs);
  // Forge's types know only the single-file form.
  icon: linuxIcons as unknown as string,
  categories: ['Utility'] as ['Utility'],
  desktopTemplate,
};

const debOptions: MakerDebConfig['options'] = {
  ...linuxOptions,
  section: 'utils',
  maintainer: 'Unhunch contributors',
  // node-notifier sends notifications through notify-send; gdbus answers the tray, idle and lock questions.
  recommends: ['libnotify-bin', 'libglib2.0-bin'],
};
const rpmOptions: MakerRpmConfig['options'] = {
  ...linuxOptions,
  license: 'MIT',
};

/** rpmbuild is Fedora's tool; a Debian or Ubuntu machine has it only with the `rpm` package installed. */
const hasRpmbuild = spawnSync('rpmbuild', ['--version'], { stdio: 'ignore' }).status === 0;
if (process.platform === 'linux' && !hasRpmbuild) {
  console.warn('rpmbuild is not installed (Debian: apt-get install rpm): making no .rpm');
}

const config: ForgeConfig = {
  // electron-vite writes the built app to out/, so Forge's own output goes to dist/.
  outDir: 'dist',
  packagerConfig: {
    name: APP_DISPLAY_NAME,
    executableName: EXECUTABLE_NAME,
    appBundleId: APP_BUNDLE_ID,
    appCategoryType: 'public.app-category.healthcare-fitness',
    appCopyright: 'Copyright © Unhunch contributors',
    // Packager adds .icns on macOS and .ico on Windows.
    icon: 'packaging/icons/icon',
    ignore: leaveOut,
    asar: {
      // Programs other than ours open these, and they cannot read inside an asar: node-notifier's helpers
      // and the icon handed to notify-send and SnoreToast (app-paths.ts: externalResourcePath).
      unpack: '{**/node_modules/node-notifier/vendor/**,**/resources/icon.png}',
    },
    // A tray app: no Dock icon and no app menu on macOS from the first instant, before main runs.
    extendInfo: { LSUIElement: true },
    win32metadata: {
      CompanyName: 'Unhunch',
      FileDescription: APP_DISPLAY_NAME,
      ProductName: APP_DISPLAY_NAME,
    },
  },
  rebuildConfig: {},
  hooks: {
    packageAfterPrune: async (_config, buildPath, _electronVersion, platform, arch) => {
      pruneNotifierVendor(buildPath, platform, arch);
      for (const { name, from, removed } of hoistDuplicates(buildPath))
        console.log(`Moved ${from} up to node_modules/${name}, in place of ${removed.join(', ')}`);
    },
  },
  makers: [
    new MakerDeb({ options: debOptions }, ['linux']),
    ...(hasRpmbuild ? [new MakerRpm({ options: rpmOptions }, ['linux'])] : []),
    // The portable build: unzip anywhere and run `unhunch` (Linux) or open Unhunch.app (macOS).
    new MakerZIP({}, ['linux', 'darwin']),
    new MakerSquirrel(
      {
        name: SQUIRREL_PACKAGE_ID,
        authors: 'Unhunch contributors',
        description: 'Guided stretch breaks for your neck and upper back',
        setupIcon: 'packaging/icons/icon.ico',
        setupExe: 'Unhunch-Setup.exe',
        noMsi: true,
      },
      ['win32'],
    ),
    new MakerDMG({ icon: 'packaging/icons/icon.icns', format: 'ULFO', overwrite: true }, ['darwin']),
  ],
  plugins: [
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      // Checked against the hash packager writes into Info.plist (macOS) or the exe's resources (Windows);
      // Linux has no such check yet, so there only the asar-only rule holds.
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

export default config;

/** The platforms the main process behaves differently on, as the fake Electron simulates them. */
export const platformProfiles = ['linux-x11', 'linux-wayland', 'win32', 'darwin'] as const;
export type PlatformProfile = (typeof platformProfiles)[number];

/** The profile this test run simulates (UNHUNCH_FAKE_PLATFORM), Linux on X11 when none is named. */
export function profileFromEnv(): PlatformProfile {
  const named = process.env['UNHUNCH_FAKE_PLATFORM'];
  return platformProfiles.find((profile) => profile === named) ?? 'linux-x11';
}

export const platformOf = (profile: PlatformProfile): NodeJS.Platform =>
  profile.startsWith('linux') ? 'linux' : (profile as NodeJS.Platform);

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exercises, findExercise } from '../../src/shared/exercises';
import { routines } from '../../src/shared/routines';
import { SettingsPage } from './pages/settings-page';
import { LOCALE_NAMES } from '../../src/shared/i18n/locales';
import { emitEvent, recordedCalls, useFakeApi } from './support/fake-api';
import { plainEnglish } from './support/pseudo-locale';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(' | ')})`,
  );
}

async function updates(page: Page): Promise<unknown[]> {
  return (await recordedCalls(page))
    .filter((call) => call.name === 'updateSettings')
    .map((call) => call.input);
}

const chinTuck = findExercise('chin-tuck')!;

/** What the page asked of main's global shortcuts while recording: suspended or not, in order. */
async function suspensions(page: Page): Promise<boolean[]> {
  return (await recordedCalls(page))
    .filter((call) => call.name === 'suspendShortcuts')
    .map((call) => (call.input as { suspended: boolean }).suspended);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('settings', () => {
  test('shows every setting, grouped under headings', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    for (const name of [
      'Breaks',
      'Postponing',
      'Working hours',
      'Good moments',
      'Exercises',
      'Sounds and voice',
      'Keyboard shortcuts',
      'Appearance and language',
      'Startup and privacy',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
      await expect(settings.section(name)).toBeVisible();
    }
    const numbers: [string, string][] = [
      ['Time between micro breaks', '20'],
      ['Length of a micro break', '40'],
      ['Time between long breaks', '60'],
      ['Length of a long break', '300'],
      ['Heads-up before a break', '60'],
      ['Count me as away after', '120'],
      ['Postpone by', '5'],
      ['Postpones allowed per break', '2'],
      ['Wait before a held break', '60'],
      ['Hold a break for at most', '30'],
    ];
    for (const [label, value] of numbers) await expect(settings.field(label)).toHaveValue(value);
    await expect(settings.textbox('Start')).toHaveValue('00:00');
    await expect(settings.textbox('End')).toHaveValue('24:00');
    for (const label of [
      'Take micro breaks',
      'Take long breaks',
      'Hold breaks while do-not-disturb is on',
      'Hold breaks while a window is fullscreen',
      'Hold breaks during calls',
      'Notice when I work through a break',
      'Sound cues',
    ]) {
      await expect(settings.checkbox(label)).toBeChecked();
    }
    for (const label of [
      'Strict mode',
      'Only remind me during working hours',
      'Spoken cues',
      'Start Unhunch when I log in',
      'Ask how my upper back feels after a break',
    ]) {
      await expect(settings.checkbox(label)).not.toBeChecked();
    }
    await expect(settings.group('Working days').getByRole('checkbox')).toHaveCount(7);
    await expect(settings.group('Pause while these apps run')).toContainText('No apps yet.');
    await expect(settings.group('Only remind me while one of these runs')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'At a desk only' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Same as the system' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('system');

    // Every exercise with its own dose as the placeholder, and every routine.
    for (const exercise of exercises) {
      const card = settings.group(exercise.name);
      await expect(settings.field(/^Repetitions/, card)).toHaveAttribute(
        'placeholder',
        String(exercise.reps),
      );
      await expect(card.getByRole('radio', { name: 'As usual' })).toBeChecked();
    }
    await expect(settings.field(/^Hold/, settings.group(chinTuck.name))).toHaveAttribute('placeholder', '5');
    for (const routine of routines) await expect(settings.group(routine.name)).toBeVisible();
  });

  test('draws nothing of its own until main answers, and says it is loading only once that is slow', async ({
    page,
  }) => {
    const settings = new SettingsPage(page);
    await settings.openUnanswered('never');
    const loading = page.getByText('Loading settings…');
    await page.clock.runFor(299);
    await expect(settings.heading).toHaveCount(0);
    await expect(loading).toHaveCount(0);
    await page.clock.runFor(1);
    await expect(settings.heading).toBeVisible();
    await expect(loading).toBeVisible();
  });

  test('still shows its heading after 300 ms when the bridge throws at once', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.openUnanswered('throw');
    await page.clock.runFor(300);
    await expect(settings.heading).toBeVisible();
  });

  test('says why the settings could not be loaded, under its heading', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.openUnanswered('reject');
    await expect(settings.problem).toHaveText('Settings could not be loaded: the store is locked');
    await expect(settings.heading).toBeVisible();
    await expect(page.getByText('Loading settings…')).toHaveCount(0);
  });

  test('can be changed with the keyboard only, each change saved at once', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();

    // A number: Tab to it, type, and Tab away.
    const every = settings.field('Time between micro breaks');
    await settings.tabTo(every);
    await settings.press('ControlOrMeta+A');
    await page.keyboard.type('25');
    await settings.press('Tab');
    await expect.poll(() => updates(page)).toContainEqual({ settings: { microBreak: { everyMinutes: 25 } } });
    expect(settings.main.settings.microBreak.everyMinutes).toBe(25);

    // Arrow keys step a number field; the change is saved as soon as the user pauses.
    await settings.tabTo(settings.field('Postpone by'));
    await settings.press('ArrowUp');
    await expect.poll(() => updates(page)).toContainEqual({ settings: { postpone: { minutes: 6 } } });

    // A switch: Space.
    const strict = settings.checkbox('Strict mode');
    await settings.tabTo(strict);
    await settings.press('Space');
    await expect(strict).toBeChecked();
    await expect.poll(() => updates(page)).toContainEqual({ settings: { strict: true } });

    // A day off.
    const sunday = settings.group('Working days').getByRole('checkbox', { name: 'Sunday' });
    await settings.tabTo(sunday);
    await settings.press('Space');
    await expect
      .poll(() => updates(page))
      .toContainEqual({ settings: { workingHours: { days: [1, 2, 3, 4, 5, 6] } } });

    // A radio group: arrows move the choice.
    await settings.tabTo(page.getByRole('radio', { name: 'At a desk only' }));
    await settings.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'With floor space' })).toBeChecked();
    await expect.poll(() => updates(page)).toContainEqual({ preferences: { location: 'floor' } });

    await settings.tabTo(page.getByRole('radio', { name: 'Same as the system' }));
    await settings.press('ArrowRight');
    await settings.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect.poll(() => settings.main.preferences.theme).toBe('dark');

    // A time.
    const start = settings.textbox('Start');
    await settings.tabTo(start);
    await settings.press('ControlOrMeta+A');
    await page.keyboard.type('08:30');
    await settings.press('Enter');
    await expect.poll(() => updates(page)).toContainEqual({ settings: { workingHours: { start: '08:30' } } });

    // An app list: type a name, Enter adds it; its Remove button takes it out again.
    const pauseList = settings.group('Pause while these apps run');
    const addApp = settings.textbox('App to add', pauseList);
    await settings.tabTo(addApp);
    await page.keyboard.type('zoom');
    await settings.press('Enter');
    await expect(pauseList.getByRole('listitem')).toHaveCount(1);
    await expect(pauseList.getByRole('listitem').getByRole('button')).toHaveAccessibleName('Remove zoom');
    await expect.poll(() => settings.main.settings.moments.pauseWhileApps).toEqual(['zoom']);
    await expect(addApp).toHaveValue('');
    await page.keyboard.type('ZOOM');
    await settings.press('Enter');
    await settings.expectError(addApp, 'ZOOM is already in the list.');
    await settings.press('ControlOrMeta+A');
    await page.keyboard.type('obs');
    await settings.expectNoError(addApp);
    await settings.press('Enter');
    await expect.poll(() => settings.main.settings.moments.pauseWhileApps).toEqual(['zoom', 'obs']);
    const removeZoom = pauseList.getByRole('button', { name: 'Remove zoom' });
    await settings.tabTo(removeZoom);
    await settings.press('Enter');
    await expect.poll(() => settings.main.settings.moments.pauseWhileApps).toEqual(['obs']);
    await expect(pauseList.getByRole('button', { name: 'Remove obs' })).toBeFocused();

    // An exercise's dose, its "not for me", and back to its own dose.
    const card = settings.group(chinTuck.name);
    const reps = settings.field(/^Repetitions/, card);
    await settings.tabTo(reps);
    await page.keyboard.type('6');
    await settings.press('Tab');
    await expect
      .poll(() => settings.main.preferences.exerciseOverrides)
      .toEqual({ 'chin-tuck': { reps: 6 } });
    await settings.tabTo(card.getByRole('button', { name: /^Use default dose/ }));
    await settings.press('Enter');
    await expect.poll(() => settings.main.preferences.exerciseOverrides).toEqual({});
    await expect(reps).toHaveValue('');
    await expect(reps).toBeFocused();
    await settings.tabTo(card.getByRole('radio', { name: 'As usual' }));
    await settings.press('ArrowRight');
    await expect(card.getByRole('radio', { name: 'More often' })).toBeChecked();
    await expect.poll(() => settings.main.preferences.favourites).toEqual(['chin-tuck']);
    await settings.press('ArrowRight');
    await expect.poll(() => settings.main.preferences.notForMe).toEqual(['chin-tuck']);
    expect(settings.main.preferences.favourites).toEqual([]);

    // Nothing else was sent along the way.
    expect(await updates(page)).not.toContainEqual(expect.objectContaining({ settings: { strict: false } }));
  });

  test('a value out of range shows its error beside the field and is never sent', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    const every = settings.field('Time between micro breaks');

    await settings.typeInto(every, '0');
    await settings.press('Tab');
    await settings.expectError(every, 'Must be at least 1 min.');
    // The message sits right after the field, inside its own group.
    await expect(settings.section('Breaks').getByText('Must be at least 1 min.')).toBeVisible();
    expect(await updates(page)).toEqual([]);
    expect(settings.main.settings.microBreak.everyMinutes).toBe(20);

    // Waiting after typing shows it too, without leaving the field.
    await settings.typeInto(every, '2.5');
    await settings.expectError(every, 'Must be a whole number.');
    await settings.typeInto(every, '');
    await settings.expectError(every, 'Must be a number.');

    // Fixed: the error goes as soon as the value is valid, and the value is saved.
    await settings.typeInto(every, '30');
    await settings.expectNoError(every);
    await settings.press('Tab');
    await expect.poll(() => updates(page)).toEqual([{ settings: { microBreak: { everyMinutes: 30 } } }]);

    // A time and a dose are checked the same way.
    const end = settings.textbox('End');
    await settings.typeInto(end, '25:00');
    await settings.press('Tab');
    await settings.expectError(end, 'Must be "HH:MM" between 00:00 and 24:00.');
    const reps = settings.field(/^Repetitions/, settings.group(chinTuck.name));
    await settings.typeInto(reps, '99');
    await settings.press('Tab');
    await settings.expectError(reps, 'Must be at most 30.');
    await settings.typeInto(end, '17:30');
    await settings.press('Tab');
    await settings.expectNoError(end);
    await expect(reps).toHaveAttribute('aria-invalid', 'true');
    expect((await updates(page)).length).toBe(2);
  });

  test("main's field errors show beside their field too", async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open({
      refuse: {
        'postpone.maxCount': 'cannot change while a break is postponed',
        'preferences.exerciseOverrides.chin-tuck.reps': 'is more than this routine allows',
      },
    });
    const maxCount = settings.field('Postpones allowed per break');
    await settings.typeInto(maxCount, '3');
    await settings.press('Tab');
    await settings.expectError(maxCount, 'Cannot change while a break is postponed.');
    expect(settings.main.settings.postpone.maxCount).toBe(2);

    const reps = settings.field(/^Repetitions/, settings.group(chinTuck.name));
    await settings.typeInto(reps, '5');
    await settings.press('Tab');
    await settings.expectError(reps, 'Is more than this routine allows.');
    expect(settings.main.preferences.exerciseOverrides).toEqual({});
    // Other fields keep working.
    await settings.typeInto(settings.field('Postpone by'), '10');
    await settings.press('Tab');
    await expect.poll(() => settings.main.settings.postpone.minutes).toBe(10);
    await expect(maxCount).toHaveAttribute('aria-invalid', 'true');
  });

  test('shows the notice once, in a status region, until dismissed', async ({ page }) => {
    const notice = 'Some settings were invalid and were reset to defaults: settings.microBreak.everyMinutes.';
    const settings = new SettingsPage(page);
    await settings.open({ notice });
    await expect(settings.notice).toHaveText(new RegExp(notice.replace(/\./g, '\\.')));
    await expect(page.getByText(notice)).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();

    // Changes and main's events carry the notice again; it is not shown again.
    await settings.typeInto(settings.field('Postpone by'), '7');
    await settings.press('Tab');
    await expect.poll(() => settings.main.settings.postpone.minutes).toBe(7);
    await expect(page.getByText(notice)).toHaveCount(1);

    await settings.dismissNotice.focus();
    await settings.press('Enter');
    await expect(page.getByText(notice)).toHaveCount(0);
    await expect(settings.heading).toBeFocused();
    await emitEvent(page, 'settingsChanged', settings.main.view());
    await settings.typeInto(settings.field('Postpone by'), '8');
    await settings.press('Tab');
    await expect.poll(() => settings.main.settings.postpone.minutes).toBe(8);
    await expect(page.getByText(notice)).toHaveCount(0);
  });

  test('follows changes made elsewhere', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    const view = settings.main.view();
    view.settings.microBreak.everyMinutes = 45;
    view.settings.strict = true;
    view.preferences.voice = true;
    view.preferences.exerciseOverrides = { 'chin-tuck': { holdSeconds: 8 } };
    await emitEvent(page, 'settingsChanged', view);
    await expect(settings.field('Time between micro breaks')).toHaveValue('45');
    await expect(settings.checkbox('Strict mode')).toBeChecked();
    await expect(settings.checkbox('Spoken cues')).toBeChecked();
    await expect(settings.field(/^Hold/, settings.group(chinTuck.name))).toHaveValue('8');
  });

  test('start at login, where this run cannot register Unhunch: the switch is off, disabled, and says why', async ({
    page,
  }) => {
    const reason =
      'Start at login works once Unhunch is installed; it can’t register itself when run from source on macOS.';
    const settings = new SettingsPage(page);
    // The stored choice belongs to the installed app; this run must not show it as working.
    await settings.open({ loginItem: { available: false, reason }, preferences: { startAtLogin: true } });
    const login = settings.checkbox('Start Unhunch when I log in');
    await expect(login).toBeDisabled();
    await expect(login).not.toBeChecked();
    await expect(settings.section('Startup and privacy').getByText(reason)).toBeVisible();
    await expect(login).toHaveAccessibleDescription(`It waits quietly in the tray. ${reason}`);
    await login.click({ force: true });
    expect(await updates(page)).toEqual([]);
    // The other switch in the section still works.
    await settings.checkbox('Ask how my upper back feels after a break').check();
    await expect.poll(() => settings.main.preferences.painCheckIn).toBe(true);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  test("start at login: main's report that it failed shows beside the switch, and goes once fixed", async ({
    page,
  }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    const login = settings.checkbox('Start Unhunch when I log in');
    await expect(login).toBeEnabled();
    await settings.tabTo(login);
    await settings.press('Space');
    await expect.poll(() => settings.main.preferences.startAtLogin).toBe(true);

    // As main reports a write that failed while saving (a read-only ~/.config).
    const problem =
      'Could not turn on start at login: read-only file system (/home/ann/.config/autostart/unhunch.desktop)';
    settings.main.loginItem = { available: true, problem };
    await emitEvent(page, 'settingsChanged', settings.main.changedView());
    await settings.expectError(login, `${problem}.`);
    await expect(login).toBeChecked();

    settings.main.loginItem = { available: true };
    await settings.press('Space');
    await expect.poll(() => settings.main.preferences.startAtLogin).toBe(false);
    await settings.expectNoError(login);
  });

  test('show breaks on: the screen in use by default, every screen from the keyboard, each choice explained', async ({
    page,
  }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    const where = settings.group('Show breaks on');
    await expect(settings.section('Breaks').getByRole('group', { name: 'Show breaks on' })).toBeVisible();
    const one = where.getByRole('radio', { name: 'The screen I’m using' });
    const every = where.getByRole('radio', { name: 'Every screen' });
    await expect(one).toBeChecked();
    await expect(one).toHaveAccessibleDescription('Where the pointer is when the break comes.');
    await expect(every).toHaveAccessibleDescription(
      'The exercise on the screen you are using, a quiet countdown on the others.',
    );

    await settings.tabTo(one);
    await settings.press('ArrowDown');
    await expect(every).toBeChecked();
    await expect.poll(() => updates(page)).toContainEqual({ settings: { breakScreens: 'all' } });
    expect(settings.main.settings.breakScreens).toBe('all');
    await settings.press('ArrowUp');
    await expect.poll(() => settings.main.settings.breakScreens).toBe('active');
  });

  test('show breaks on, where the desktop places windows itself (Wayland): the choice says what will happen', async ({
    page,
  }) => {
    const reason =
      'Your desktop (Wayland) decides where windows go, so breaks show on one screen only, wherever it puts them.';
    const settings = new SettingsPage(page);
    await settings.open({ everyScreenUnavailable: reason, settings: { breakScreens: 'all' } });
    const where = settings.group('Show breaks on');
    await expect(where).toHaveAccessibleDescription(reason);
    await expect(where.getByText(reason)).toBeVisible();
    // The choice is kept as it was made: it applies again on a desktop that lets Unhunch place windows.
    await expect(where.getByRole('radio', { name: 'Every screen' })).toBeChecked();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  test('global shortcuts: off until set, recorded from the keyboard, changed and turned off', async ({
    page,
  }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    const section = settings.section('Keyboard shortcuts');
    for (const name of [
      'Quick stretch Off Set',
      'Pause or resume breaks Off Set',
      'Skip the current break Off Set',
    ])
      await expect(section.getByRole('button', { name, exact: true })).toBeVisible();
    const quick = settings.shortcut('Quick stretch');
    await expect(quick).toHaveAccessibleDescription(/^A key with Ctrl, Alt or Super/);

    await settings.tabTo(quick);
    await settings.press('Enter');
    await expect(quick).toHaveText('Press the keys…');
    await expect(quick).toHaveAccessibleDescription(/^Press the new keys, or Escape to cancel\./);
    await expect.poll(() => suspensions(page)).toEqual([true]);
    // A lone key would be taken from every app: refused, and the recorder keeps listening.
    await settings.press('Shift+KeyK');
    await settings.expectShortcutError(
      quick,
      'Shift+K needs Ctrl, Alt or Super (Command or Option on a Mac) with the key, or it would take that key from every app.',
    );
    await settings.press('Control+Alt+KeyS');
    await expect(quick).toHaveAccessibleName('Quick stretch Ctrl+Alt+S Change');
    await expect(quick).toBeFocused();
    await expect.poll(() => settings.main.preferences.shortcuts.quickStretch).toBe('Ctrl+Alt+S');
    expect(await updates(page)).toEqual([
      { preferences: { shortcuts: { quickStretch: 'Ctrl+Alt+S', pauseResume: '', skipBreak: '' } } },
    ]);
    expect(await suspensions(page)).toEqual([true, false]);
    await settings.expectNoShortcutError(quick);

    // Escape gives up, and Tab moves on: recording never traps the keyboard.
    await settings.press('Enter');
    await settings.press('Escape');
    await expect(quick).toHaveAccessibleName('Quick stretch Ctrl+Alt+S Change');
    await settings.press('Enter');
    await settings.press('Tab');
    await expect(section.getByRole('button', { name: 'Turn off Quick stretch' })).toBeFocused();
    await expect(quick).toHaveText('Change');
    expect(await suspensions(page)).toEqual([true, false, true, false, true, false]);
    expect((await updates(page)).length).toBe(1);

    // The same keys for a second action are refused beside it, and nothing is sent.
    const skip = settings.shortcut('Skip the current break');
    await settings.tabTo(skip);
    await settings.press('Enter');
    await settings.press('Control+Alt+KeyS');
    await settings.expectShortcutError(skip, 'Is already the shortcut for quick stretch.');
    expect((await updates(page)).length).toBe(1);
    await settings.press('Enter');
    await settings.press('F9');
    await expect.poll(() => settings.main.preferences.shortcuts.skipBreak).toBe('F9');
    await settings.expectNoShortcutError(skip);

    await settings.tabTo(section.getByRole('button', { name: 'Turn off Quick stretch' }));
    await settings.press('Enter');
    await expect.poll(() => settings.main.preferences.shortcuts.quickStretch).toBe('');
    await expect(quick).toHaveAccessibleName('Quick stretch Off Set');
    await expect(quick).toBeFocused();
  });

  test('a shortcut another app holds is reported beside it, and read with it', async ({ page }) => {
    const settings = new SettingsPage(page);
    const taken =
      'Another app already uses Ctrl+Alt+P, so it does nothing in Unhunch. Choose another, or close that app and open Settings again.';
    await settings.open({
      preferences: { shortcuts: { pauseResume: 'Ctrl+Alt+P' } },
      takenShortcuts: ['Ctrl+Alt+P', 'Ctrl+Alt+K'],
    });
    const pause = settings.shortcut('Pause or resume breaks');
    await expect(pause).toHaveAccessibleName('Pause or resume breaks Ctrl+Alt+P Change');
    await expect(settings.section('Keyboard shortcuts').getByText(taken)).toBeVisible();
    await expect(pause).toHaveAccessibleDescription(new RegExp(`${escapeRegExp(taken)}$`));

    // A new shortcut another app holds: kept, and reported as soon as main has tried it.
    const skip = settings.shortcut('Skip the current break');
    await skip.click();
    await settings.press('Control+Alt+KeyK');
    await expect.poll(() => settings.main.preferences.shortcuts.skipBreak).toBe('Ctrl+Alt+K');
    await expect(skip).toHaveAccessibleDescription(/Another app already uses Ctrl\+Alt\+K/);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  test('offers spoken cues only where the system has a voice', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open({ speech: 'no-voice' });
    const cues = settings.section('Sounds and voice');
    const note = cues.getByText('Spoken cues need a voice for speech, and none was found on this computer.');
    await expect(note).toBeVisible();
    await expect(settings.checkbox('Spoken cues')).toHaveCount(0);
    await expect(settings.checkbox('Sound cues')).toBeVisible();

    // A speech service that answers late: the switch comes once its voices do.
    await settings.addVoice();
    await expect(settings.checkbox('Spoken cues')).toBeVisible();
    await expect(note).toHaveCount(0);
  });

  test('offers no spoken cues where the page has no speech synthesis at all', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open({ speech: 'no-speech' });
    await expect(
      settings.section('Sounds and voice').getByText('Spoken cues need a voice for speech'),
    ).toBeVisible();
    await expect(settings.checkbox('Spoken cues')).toHaveCount(0);
    await expect(settings.checkbox('Start Unhunch when I log in')).toBeEnabled();
  });

  test('choosing a language switches this window at once, and "Same as the system" switches back', async ({
    page,
  }) => {
    const settings = new SettingsPage(page);
    // Main resolves the choice to a locale and tells every window; German stands in for the pseudo-locale
    // here, so the switch shows whether or not the German texts exist yet.
    await settings.open({ localeFor: { de: 'en-XA', system: 'en' } });
    const language = page.locator('#field-preferences-language');
    await expect(language.locator('option')).toHaveText([
      'Same as the system',
      ...Object.values(LOCALE_NAMES),
    ]);
    await expect(language).toHaveAccessibleDescription(/Every window switches at once/);

    await language.selectOption('de');
    expect(await updates(page)).toEqual([{ preferences: { language: 'de' } }]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[Šéţţîñĝš/);
    await expect(page).toHaveTitle(/^\[Šéţţîñĝš · Ûñĥûñçĥ/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    await expect(language).toHaveValue('de');
    await expect(page.getByRole('checkbox', { name: /^\[Ţàķé ɱîçŕö ƀŕéàķš/ })).toBeChecked();

    await language.selectOption('system');
    await expect(settings.heading).toBeVisible();
    await expect(page).toHaveTitle('Settings · Unhunch');
    await expect(language).toHaveValue('system');
  });

  test('in the pseudo-locale, every word comes from the catalog', async ({ page }) => {
    await useFakeApi(page, {
      session: null,
      preferences: { shortcuts: { quickStretch: 'Ctrl+Alt+S', pauseResume: '', skipBreak: '' } },
    });
    await page.goto('settings.html#/settings?lang=en-XA');
    await page.locator('#field-microBreak-everyMinutes').waitFor();
    // Language names are each in its own language; a shortcut is keys; the pseudo-locale names days as
    // English does, through Intl.
    const weekdays = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
    expect(await plainEnglish(page, [...Object.values(LOCALE_NAMES), 'Ctrl+Alt+S', weekdays])).toEqual([]);
  });

  test('uses no inline styles, which the CSP would block', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const settings = new SettingsPage(page);
    await settings.open({ notice: 'Some settings were invalid and were reset to defaults: idle.' });
    await expect(page.locator('main [style]')).toHaveCount(0);
    expect(violations).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no detectable accessibility violations in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const settings = new SettingsPage(page);
      await settings.open({
        notice: 'Some settings were invalid and were reset to defaults: idle.',
        settings: { moments: { pauseWhileApps: ['zoom', 'obs'] } },
      });
      expect(await axeViolations(page)).toEqual([]);

      // With errors showing.
      await settings.typeInto(settings.field('Time between micro breaks'), '0');
      await settings.typeInto(settings.textbox('Start'), 'noon');
      await settings.press('Tab');
      await settings.expectError(settings.textbox('Start'), 'Must be "HH:MM" between 00:00 and 24:00.');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

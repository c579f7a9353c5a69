// The tray menu moved to src/shared so the welcome page can render it too; main's imports keep working.
export * from '../shared/tray-menu';

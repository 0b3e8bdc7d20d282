/**
 * Eager on every page, so kept tiny: registers the service worker and, only when there is
 * something to show (the reader is offline, or a new deploy's service worker is waiting), loads
 * `ui.ts` for the "You are offline" note and the "New content available — Reload" prompt.
 * Settings and strings come from `<meta name="openmodels-offline">` (see `route-middleware.ts`).
 * Without service workers nothing happens and the site works as before.
 */
import type { Settings } from './ui.ts';

const meta = document.querySelector<HTMLMetaElement>('meta[name="openmodels-offline"]');
if (import.meta.env.PROD && meta && 'serviceWorker' in navigator) {
	const settings = JSON.parse(meta.content) as Settings;
	const workers = navigator.serviceWorker;
	const ui = () => import('./ui.ts').then((module) => module.offlineUi(settings));
	let noted = false;
	const connection = () => {
		if (noted || !navigator.onLine)
			ui().then(
				(view) => view.connection(),
				() => undefined,
			);
		noted ||= !navigator.onLine;
	};
	addEventListener('online', connection);
	addEventListener('offline', connection);
	connection();

	const offer = (registration: ServiceWorkerRegistration) => {
		if (registration.waiting && workers.controller)
			ui().then(
				(view) => view.offerUpdate(registration),
				() => undefined,
			);
	};
	const register = async () => {
		const registration = await workers.register(settings.sw, { scope: settings.scope });
		offer(registration);
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => installing.state === 'installed' && offer(registration));
		});
		addEventListener('online', () => registration.update().catch(() => undefined));
	};
	const go = () => void register().catch(() => undefined);
	if (document.readyState === 'complete') go();
	else addEventListener('load', go, { once: true });
}

/**
 * The visible offline UI, loaded by `register.ts` only when needed: a quiet "You are offline"
 * note, and the "New content available — Reload" prompt that lets the waiting service worker
 * take over and reloads once it has. Both are live regions (`role="status"`), styled in
 * `offline.css`.
 */
export interface Settings {
	sw: string;
	scope: string;
	offlinePage: string;
	strings: { offline: string; offlineLink: string; update: string; reload: string };
}

let view: ReturnType<typeof create> | undefined;

export function offlineUi(settings: Settings) {
	return (view ??= create(settings));
}

/** A live region that exists before its text, so screen readers announce the text. */
function region(className: string) {
	const element = document.createElement('div');
	element.className = className;
	element.setAttribute('role', 'status');
	document.body.append(element);
	return element;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function create({ offlinePage, strings }: Settings) {
	const note = region('om-offline-indicator');
	const prompt = region('om-update');
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (reloading) location.reload();
	});

	return {
		async connection() {
			await nextFrame();
			if (navigator.onLine) return note.replaceChildren();
			if (note.childNodes.length) return;
			const link = document.createElement('a');
			link.href = offlinePage;
			link.textContent = strings.offlineLink;
			note.append(`${strings.offline} `, link);
		},

		async offerUpdate(registration: ServiceWorkerRegistration) {
			await nextFrame();
			if (prompt.childNodes.length) return;
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'om-button';
			button.textContent = strings.reload;
			button.addEventListener('click', () => {
				reloading = true;
				button.disabled = true;
				// The waiting worker takes over; `controllerchange` then reloads with the new content.
				if (registration.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
				else location.reload();
			});
			prompt.append(`${strings.update} `, button);
		},
	};
}

/**
 * The tables of contents' behaviour, as Starlight's own (`starlight-toc` in Starlight's
 * components-internals, MIT; not importable, so adapted here): the link of the section in view gets
 * `aria-current="true"`; the narrow-screen version also shows that section's name in its summary
 * and closes on a link click, a click outside or Escape.
 */

/** The id Starlight gives the page title (`PAGE_TITLE_ID`), the first entry of every table of contents. */
const PAGE_TITLE_ID = '_top';

const onIdle = (callback: () => void) => (window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1)))(callback);

class TableOfContents extends HTMLElement {
	#current = this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');
	readonly #minH = Number.parseInt(this.dataset.minH || '2', 10);
	readonly #maxH = Number.parseInt(this.dataset.maxH || '3', 10);
	/** Matches the headings a table of contents lists, e.g. `h1#_top,:where(h2,h3)[id]`. */
	readonly headingSelector = `h1#${PAGE_TITLE_ID},:where(${Array.from({ length: 1 + this.#maxH - this.#minH }, (_, index) => `h${this.#minH + index}`).join()})[id]`;

	protected set current(link: HTMLAnchorElement) {
		if (link === this.#current) return;
		this.#current?.removeAttribute('aria-current');
		link.setAttribute('aria-current', 'true');
		this.#current = link;
	}

	constructor() {
		super();
		onIdle(() => this.#init());
	}

	#init() {
		const links = [...this.querySelectorAll('a')];
		const isHeading = (element: Element) => element.matches(this.headingSelector);
		// The heading a piece of content belongs to: itself, one inside it, or the nearest before it.
		const headingOf = (start: Element): Element | null => {
			let element: Element | null = start;
			while (element) {
				if (element.matches('.sl-markdown-content, main > *')) return document.getElementById(PAGE_TITLE_ID);
				if (isHeading(element)) return element;
				const inner = element.querySelector(this.headingSelector);
				if (inner) return inner;
				let previous: Element | null = element.previousElementSibling;
				while (previous?.lastElementChild) previous = previous.lastElementChild;
				element = previous ?? element.parentElement;
			}
			return null;
		};
		const setCurrent: IntersectionObserverCallback = (entries) => {
			for (const { isIntersecting, target } of entries) {
				if (!isIntersecting) continue;
				const heading = headingOf(target);
				const link = heading && links.find((candidate) => candidate.hash === `#${encodeURIComponent(heading.id)}`);
				if (link) {
					this.current = link;
					break;
				}
			}
		};
		const selector = this.headingSelector;
		const observed = document.querySelectorAll(
			[
				`main :where(${selector})`,
				`main :where(${selector}, .sl-heading-wrapper) ~ *:not(:has(${selector}))`,
				`main .sl-markdown-content > *:not(:has(${selector}))`,
				`main > *:not(:has(${selector}))`,
			].join(),
		);
		let observer: IntersectionObserver | undefined;
		const observe = () => {
			if (observer) return;
			observer = new IntersectionObserver(setCurrent, { rootMargin: this.#rootMargin() });
			observed.forEach((element) => observer!.observe(element));
		};
		observe();
		let resizing: ReturnType<typeof setTimeout> | undefined;
		window.addEventListener('resize', () => {
			observer?.disconnect();
			observer = undefined;
			clearTimeout(resizing);
			resizing = setTimeout(() => onIdle(observe), 200);
		});
	}

	/** Sections count as in view below the header (and the narrow table's summary), plus 2rem. */
	#rootMargin() {
		const top =
			(document.querySelector('header')?.getBoundingClientRect().height ?? 0) + (this.querySelector('summary')?.getBoundingClientRect().height ?? 0) + 32;
		return `-${top}px 0% ${top + 53 - document.documentElement.clientHeight}px`;
	}
}

class MobileTableOfContents extends TableOfContents {
	protected override set current(link: HTMLAnchorElement) {
		super.current = link;
		const display = this.querySelector('.display-current');
		if (display) display.textContent = link.textContent;
	}

	constructor() {
		super();
		const details = this.querySelector('details');
		if (!details) return;
		const close = () => {
			details.open = false;
		};
		details.querySelectorAll('a').forEach((link) => link.addEventListener('click', close));
		window.addEventListener('click', (event) => {
			if (!details.contains(event.target as Node)) close();
		});
		window.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || !details.open) return;
			const hadFocus = details.contains(document.activeElement);
			close();
			if (hadFocus) details.querySelector('summary')?.focus();
		});
	}
}

customElements.define('starlight-toc', TableOfContents);
customElements.define('mobile-starlight-toc', MobileTableOfContents);

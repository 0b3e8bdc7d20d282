import { describe, expect, it } from 'vitest';
import { formatRange, isUpcoming, splitEvents } from './events.ts';

const event = (id: string, start: string, end: string) => ({ id, data: { start, end } });

describe('event timing', () => {
	const now = new Date('2027-01-20T14:30:00Z');
	const past = event('past', '2026-12-01T10:00:00+01:00', '2026-12-01T12:00:00+01:00');
	const running = event('running', '2027-01-20T14:00:00Z', '2027-01-20T16:00:00Z');
	const soon = event('soon', '2027-02-01T09:00:00-05:00', '2027-02-01T10:00:00-05:00');
	const later = event('later', '2027-03-01T09:00:00+08:00', '2027-03-01T10:00:00+08:00');

	it('treats an event as upcoming until it ends', () => {
		expect(isUpcoming(running, now)).toBe(true);
		expect(isUpcoming(past, now)).toBe(false);
		expect(isUpcoming(running, new Date('2027-01-20T16:00:00Z'))).toBe(false);
	});

	it('sorts upcoming soonest first and past most recent first', () => {
		const older = event('older', '2026-06-01T10:00:00Z', '2026-06-01T11:00:00Z');
		const { upcoming, past: done } = splitEvents([later, past, soon, older, running], now);
		expect(upcoming.map((e) => e.id)).toEqual(['running', 'soon', 'later']);
		expect(done.map((e) => e.id)).toEqual(['past', 'older']);
	});

	it('shows times in the event zone, named as readers say it, with its offset', () => {
		expect(formatRange('2027-02-10T14:00:00+08:00', '2027-02-10T17:00:00+08:00', 'Asia/Shanghai', 'en')).toBe(
			'Wednesday, 10 February 2027 at 14:00–17:00 (China Standard Time, GMT+8)',
		);
		expect(formatRange('2027-03-06T09:00:00+03:00', '2027-03-07T17:00:00+03:00', 'Africa/Nairobi', 'en')).toBe(
			'Saturday, 6 March 2027 at 09:00 – Sunday, 7 March 2027 at 17:00 (East Africa Time, GMT+3)',
		);
		expect(formatRange('2027-02-10T14:00:00+08:00', '2027-02-10T17:00:00+08:00', 'Asia/Shanghai', 'zh-cn')).toBe(
			'2027年2月10日星期三 14:00–17:00 (中国标准时间, GMT+8)',
		);
	});
});

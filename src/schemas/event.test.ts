import { describe, expect, it } from 'vitest';
import { problemsFor } from '../../tests/helpers/validation.ts';

const online = `
title: Open models webinar
description: An online OpenModels community webinar used to test the event schema rules.
kind: webinar
start: "2027-01-20T14:00:00+01:00"
end: "2027-01-20T15:30:00+01:00"
timezone: Europe/Berlin
format: online
join_url: https://github.com/open-models-platform/home/discussions
language: [en]
`;

describe('event schema', () => {
	it('accepts a valid online event', () => {
		expect(problemsFor('events', online)).toEqual([]);
	});

	it("accepts a time in UTC (Z) or with a zone's summer offset", () => {
		expect(problemsFor('events', online.replace('Europe/Berlin', 'UTC').replaceAll('+01:00', 'Z'))).toEqual([]);
		expect(problemsFor('events', online.replaceAll('2027-01-20', '2027-07-20').replaceAll('+01:00', '+02:00'))).toEqual([]);
	});

	it.each([
		[
			'an end before its start',
			online.replace('15:30:00', '13:00:00'),
			'end',
			'must be after start (2027-01-20T14:00:00+01:00); found 2027-01-20T13:00:00+01:00',
		],
		[
			"a start written with another offset than its zone's",
			online.replace('"2027-01-20T14:00:00+01:00"', '"2027-01-20T14:00:00+08:00"'),
			'start',
			'is written with UTC offset +08:00, but Europe/Berlin is at +01:00 then: correct the time and its offset, or the timezone; found 2027-01-20T14:00:00+08:00',
		],
		[
			'an end written with the winter offset on a summer date',
			online.replace('2027-01-20T14:00:00+01:00', '2027-07-20T14:00:00+02:00').replace('"2027-01-20T15:30:00+01:00"', '"2027-07-20T15:30:00+01:00"'),
			'end',
			'is written with UTC offset +01:00, but Europe/Berlin is at +02:00 then: correct the time and its offset, or the timezone; found 2027-07-20T15:30:00+01:00',
		],
		[
			'an unknown time zone',
			online.replace('Europe/Berlin', 'Europe/Atlantis'),
			'timezone',
			'expected an IANA time zone such as "Europe/Berlin" or "Asia/Shanghai"; found "Europe/Atlantis"',
		],
		[
			'an abbreviation instead of a zone',
			online.replace('Europe/Berlin', 'CET'),
			'timezone',
			'expected an IANA time zone such as "Europe/Berlin" or "Asia/Shanghai"; found "CET"',
		],
		[
			'an online event without a join link',
			online.replace(/join_url: .*\n/, ''),
			'join_url',
			'is required for online events: the https:// link people use to join',
		],
		[
			'an in-person event without a place',
			online.replace('format: online', 'format: in-person'),
			'place',
			'is required for in-person events: give venue, city and country',
		],
		[
			'a hybrid event without a place',
			online.replace('format: online', 'format: hybrid'),
			'place',
			'is required for hybrid events: give venue, city and country',
		],
		[
			'a date-time without offset',
			online.replace('"2027-01-20T14:00:00+01:00"', '"2027-01-20T14:00:00"'),
			'start',
			'expected an ISO 8601 date-time with a UTC offset, e.g. "2027-03-14T18:00:00+08:00"; found "2027-01-20T14:00:00"',
		],
		[
			'an unquoted date-time (YAML drops the offset)',
			online.replace('"2027-01-20T14:00:00+01:00"', '2027-01-20T14:00:00+01:00'),
			'start',
			'put the date-time in quotes, e.g. "2027-03-14T18:00:00+08:00", so its UTC offset is kept',
		],
		[
			'an unknown kind',
			online.replace('kind: webinar', 'kind: party'),
			'kind',
			'expected one of: hackathon, workshop, webinar, meetup, conference; found "party"',
		],
	])('rejects %s', (_name, yaml, field, message) => {
		expect(problemsFor('events', yaml)).toContainEqual(expect.objectContaining({ field, message }));
	});

	it('accepts an in-person event with a place and no join link', () => {
		const inPerson = online
			.replace('format: online', 'format: in-person')
			.replace(/join_url: .*\n/, 'place: { venue: Venue to be announced, city: Nairobi, country: Kenya }\n');
		expect(problemsFor('events', inPerson)).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from './dates.ts';

describe('parseDate', () => {
  it.each([
    ['10/18/2013', '2013-10-18'],
    ['10-13-16', '2016-10-13'],
    ['2/4/14', '2014-02-04'],
    ['October 22, 2016', '2016-10-22'],
    ['Oct. 22 2016', '2016-10-22'],
    ['Sept 3, 2015', '2015-09-03'],
    ['22 October 2016', '2016-10-22'],
    ['2016-10-22', '2016-10-22'],
    ['injured 10/06/94', '1994-10-06'],
  ])('%s -> %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each(['02/30/2016', '13/01/2016', '00/10/2016', 'no date here', '', '1/1/1850'])('gives null for %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('reports where the date was found', () => {
    expect(findDate('\t 01/09/2017 x')).toEqual({ iso: '2017-01-09', index: 2, length: 10 });
  });
});

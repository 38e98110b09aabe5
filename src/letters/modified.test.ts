import { describe, expect, it } from 'vitest';
import { splitModifiedRequest } from './modified.ts';

describe('splitModifiedRequest', () => {
  it('leaves an ordinary request alone', () => {
    expect(splitModifiedRequest('Norco 10/325mg #180')).toEqual({ request: 'Norco 10/325mg #180', originalRequest: null, authorized: null });
  });

  it('reads "X was the original request. Y was authorized ... remaining IMR eligible portion ..., Z is"', () => {
    expect(
      splitModifiedRequest(
        'Aquatic therapy 12 visits was the original request. Aquatic therapy 6 visits was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Aquatic therapy 6 visits is',
      ),
    ).toEqual({ request: 'Aquatic therapy 6 visits', originalRequest: 'Aquatic therapy 12 visits', authorized: 'Aquatic therapy 6 visits' });
  });

  it('reads the form without "is"', () => {
    expect(
      splitModifiedRequest(
        'Ten massage visits was the original request. Four massage visits was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Six massage visits',
      ).request,
    ).toBe('Six massage visits');
  });

  it('reads "The Claims Administrator authorized Y, leaving the original request IMR eligible. The original request, Z is"', () => {
    expect(
      splitModifiedRequest(
        'Home health aide 8 hours a day was the original request. The Claims Administrator authorized a nursing evaluation only, leaving the original request IMR eligible. The original request, home health aide 8 hours a day is',
      ),
    ).toEqual({
      request: 'home health aide 8 hours a day',
      originalRequest: 'Home health aide 8 hours a day',
      authorized: 'a nursing evaluation only',
    });
  });

  it('keeps decimals inside the authorised part', () => {
    const r = splitModifiedRequest(
      'Drug 320.5mg one month supply was the original request. The Claims Administrator authorized Drug 320.5mg #5, leaving the original request IMR eligible. The original request, Drug 320.5mg one month supply is',
    );
    expect(r.authorized).toBe('Drug 320.5mg #5');
  });
});

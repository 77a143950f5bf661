import { describe, expect, it } from 'vitest';
import { nameFromCatalogue, nameFromProse } from '../../lib/parse/names';

describe('names', () => {
  it.each([
    ['Mikoyan, Anastas Ivanovich', { family: 'Mikoyan', given: 'Anastas Ivanovich' }],
    ['Deng, Xiaoping', { family: 'Deng', given: 'Xiaoping' }],
    ['Japan. Foreign Ministry', { literal: 'Japan. Foreign Ministry' }],
    ['Japan-China Cultural Exchange Association', { literal: 'Japan-China Cultural Exchange Association' }],
    ['China. Communist Party. Central Committee (CCP CC)', { literal: 'China. Communist Party. Central Committee (CCP CC)' }],
    ['CWIHP', { literal: 'CWIHP' }],
  ])('catalogue form %s', (name, expected) => expect(nameFromCatalogue(name)).toEqual(expected));

  it.each([
    ['Péter Vámos', { family: 'Vámos', given: 'Péter' }],
    ['Gwenyth A. Jones', { family: 'Jones', given: 'Gwenyth A.' }],
    ['Dr. Rositza Ishpekova', { family: 'Ishpekova', given: 'Rositza' }],
    ['CWIHP', { literal: 'CWIHP' }],
    ['NHK', { literal: 'NHK' }],
    ['Bulgarian Cold War Research Group', { literal: 'Bulgarian Cold War Research Group' }],
    ['Mikoyan, Anastas Ivanovich', { family: 'Mikoyan', given: 'Anastas Ivanovich' }],
  ])('prose form %s', (name, expected) => expect(nameFromProse(name)).toEqual(expected));
});

import { describe, expect, it } from 'vitest';
import { ToolbarState, type BadgeState } from '@/lib/background/toolbar';
import { Collection } from '@/lib/store/collection';
import { memoryStore } from '@/lib/store/kv';
import { clock, mikoyan, numbered } from '../store/helpers';

describe('toolbar badge', () => {
  it('follows saves and removals for the tabs showing a record', async () => {
    const collection = new Collection(memoryStore(), clock());
    const badges: Array<[number, BadgeState]> = [];
    const toolbar = new ToolbarState(collection, { setBadge: (tab, state) => void badges.push([tab, state]) });
    collection.onChange(() => void toolbar.refresh());
    toolbar.track(1, ['rid:111210', 'nid:87809'], false);
    toolbar.track(2, ['rid:200001'], false);
    await collection.save(mikoyan(), 'page');
    await toolbar.refresh();
    await collection.remove('rid:111210');
    await toolbar.refresh();
    await collection.save(numbered(1), 'page');
    await toolbar.refresh();
    expect(badges).toEqual([
      [1, 'unsaved'],
      [2, 'unsaved'],
      [1, 'saved'],
      [1, 'unsaved'],
      [2, 'saved'],
    ]);
  });

  it('forgets closed tabs', async () => {
    const collection = new Collection(memoryStore(), clock());
    const toolbar = new ToolbarState(collection, {
      setBadge: (tab) => {
        if (tab === 9) throw new Error('No tab with id: 9');
      },
    });
    toolbar.track(9, ['rid:1'], false);
    toolbar.track(3, ['rid:1'], false);
    toolbar.forget(3);
    await Promise.resolve();
    expect(toolbar.tracked).toBe(0);
  });
});

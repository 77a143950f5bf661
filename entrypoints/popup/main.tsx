import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import '@/assets/popup.css';

async function activeTabId(): Promise<number | undefined> {
  // `popup.html?tab=<id>` asks that tab instead (tests open the popup page in a tab of its own).
  const asked = new URLSearchParams(location.search).get('tab');
  if (asked !== null && /^\d+$/.test(asked)) return Number(asked);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

render(
  <App
    runtime={browser.runtime}
    askPage={async (message) => {
      const tabId = await activeTabId();
      if (tabId === undefined) return undefined;
      return browser.tabs.sendMessage(tabId, message);
    }}
    clipboard={navigator.clipboard}
  />,
  document.getElementById('app')!,
);

import { render } from 'preact';
import { App } from '@/components/App';
import { CITATION_STYLES, EXPORT_FORMATS } from '@/lib/cite/styles';
import { createPopupApi, readActivePage } from './api';
import '@/assets/popup.css';

render(
  <App api={createPopupApi()} readPage={readActivePage} styles={CITATION_STYLES} exports={EXPORT_FORMATS} />,
  document.getElementById('app')!,
);

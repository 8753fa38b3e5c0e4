import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'b3d948b4ddc28c55cc3d5ae7efb13f4155ed3692097a1ae7eef5f64b3cc94b71') {
    pending.push(import('./chunks/chunk-52accf672413b176e16b1f7b392f040169ceb537093fde51df4dcadb46d9a97a.js'));
  }
  if (key === '39359ed5a6c3184160cf13d33ff820c0b29803d3b93ae2dcd3b09a6cfe922b72') {
    pending.push(import('./chunks/chunk-caad50e0874e080f1172457e9e77056d20dc4ceeb0e05c81b4b805160cb6c1ab.js'));
  }
  if (key === 'aacaf7476f5cf3643478ff101ecb7588588155739c27c3879753c1af2a0d80f0') {
    pending.push(import('./chunks/chunk-84ddc7e3d64032e4eddadbd8c1ebdc07da296b6f58d5ca50e4bec5c091a67a84.js'));
  }
  if (key === '1e99e31d952075deae2d8cceaae2ee004eba59e9f82e09ac73f73099d06483a6') {
    pending.push(import('./chunks/chunk-52accf672413b176e16b1f7b392f040169ceb537093fde51df4dcadb46d9a97a.js'));
  }
  return Promise.all(pending);
}
window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}
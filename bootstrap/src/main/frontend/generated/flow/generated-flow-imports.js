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
  if (key === '682a4580697117d165fe49fb1d77069a72d7ab254406e4e2a3fd790c49a1101c') {
    pending.push(import('./chunks/chunk-6fd90b201e76f6ede04cff96db30712c7176988af766c387cffa255c86bc825f.js'));
  }
  if (key === 'b3d948b4ddc28c55cc3d5ae7efb13f4155ed3692097a1ae7eef5f64b3cc94b71') {
    pending.push(import('./chunks/chunk-52accf672413b176e16b1f7b392f040169ceb537093fde51df4dcadb46d9a97a.js'));
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
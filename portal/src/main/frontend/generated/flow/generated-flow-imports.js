import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'de65f5f68e4ccd0c9dda0fddb1ae6d337ab136a89e93056516b4ca885973dfad') {
    pending.push(import('./chunks/chunk-5225f5f12a1378b144b37a2c1f5f1abd1624103a6daa512fdd7e82764c786095.js'));
  }
  if (key === 'd98427cc562903b8e85d8a3945e1f47fe24c84720b85cb71baee690323850e66') {
    pending.push(import('./chunks/chunk-33180475ad27664fa79f4910d6ae582bd78d942c95ad1ac6846ab6f8edb1dc59.js'));
  }
  if (key === 'e803fc503f2fd525cc1cef399b8f4599a4027e910010d85a8693dc2f14a40486') {
    pending.push(import('./chunks/chunk-88e1636db73cd4cf7670839627729bea614004f58a4ef4bbb8c0562b1b145f95.js'));
  }
  if (key === '31f5cec5853b2623f734db89ecb770e58a0f2ee88635fa0f5df2c22a1c5376db') {
    pending.push(import('./chunks/chunk-00c72be090ed15ebd124f5d431704e2d0c51c934abc5d97056f71ce7e4e2f642.js'));
  }
  if (key === '3f90a18cc2d5c3e5c2b00daadaf0da2860099c89c6a0f5a366d2f9858352aa64') {
    pending.push(import('./chunks/chunk-b6689118629b0191588c41807d6e96903920a52dd45d425d6a682f48dcdb0736.js'));
  }
  if (key === '75d20051d265f012bf871478104a3f54e2c187ebea733a128edcf35c3d816ddf') {
    pending.push(import('./chunks/chunk-f56185f66def801927ff21d4320ae012d559fcd7bf899ca51836123ec2535f0c.js'));
  }
  if (key === '198e7edee3455709fd4c90080694ae593b6f81c3f380aaa1f2a1a6cb3aa3e3b6') {
    pending.push(import('./chunks/chunk-29e721c8435c16a94774aecb4d2c82043c317e98281bfad03812d38309acedd3.js'));
  }
  if (key === '9b93ae927e786782457b0d4758b65a25410f75b32be9e59c264bfef49fc4a8e5') {
    pending.push(import('./chunks/chunk-33180475ad27664fa79f4910d6ae582bd78d942c95ad1ac6846ab6f8edb1dc59.js'));
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
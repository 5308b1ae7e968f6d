/** goofish.com (Xianyu): the adapter and the pieces the content script wires by hand. */
export { goofishAdapter } from './adapter';
export { mtopApiOf, readMtopResponse } from './api';
export { mergeApiListing } from './merge';

// Public readers, crawlers and the platform's search get the report as HTML, readable without
// JavaScript, and an unknown or draft address answers 404 (contract §4, public reading).
export const ssr = true;

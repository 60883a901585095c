// /cite/<page>.bib: the bib citation of the thesis (/cite/thesis.bib) or of a citable page (src/citation/site.ts).
import { downloadRoute } from '~/citation/site';

export const { getStaticPaths, GET } = downloadRoute('bib');

// GOV.UK Frontend's JavaScript, started as its guide says.
import { initAll } from '/govuk/govuk-frontend.min.js';

initAll();

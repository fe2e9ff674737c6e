// SurveyJS (survey-core and survey-js-ui, the vanilla JS form library) showing the same 13
// safety questions as the screener, one to a page as the screener asks them.
/* global Survey, SurveyUI */
const survey = new Survey.Model({
  pages: window.BENCH_QUESTIONS.map((q) => ({
    name: q.id,
    elements: [
      {
        type: 'radiogroup',
        name: q.id,
        title: q.text,
        description: q.hint,
        isRequired: true,
        choices: q.options.map((o) => ({ value: o.value, text: o.label })),
      },
    ],
  })),
});
SurveyUI.renderSurvey(survey, document.getElementById('survey'));

// Components that chapter MDX uses (content/docs/**). Page parts live in src/components/.
export { default as Fn } from './Fn.astro';
export { default as Footnotes } from './Footnotes.astro';
export { default as FnItem } from './FnItem.astro';
export { default as EditorialNote } from './EditorialNote.astro';
export { default as InterviewEntry } from './InterviewEntry.astro';
export { default as Driver } from './Driver.astro';
export { default as Group } from './Group.astro';
export { default as Theory } from './Theory.astro';
export { default as Org } from './Org.astro';
export { default as Interviewee } from './Interviewee.astro';
export { default as DriverSectionLink } from './DriverSectionLink.astro';
export { default as PageDataNotes } from './PageDataNotes.astro';
export { default as CaseStudyChart } from './CaseStudyChart.astro';
export { default as IntervieweesChart } from './IntervieweesChart.astro';
export { default as IntervieweeFindingsChart } from './IntervieweeFindingsChart.astro';
export { default as DriversChart } from './DriversChart.astro';
export { default as KnowledgeBaseCards } from './KnowledgeBaseCards.astro';

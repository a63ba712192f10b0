import { ReactNodeViewRenderer } from '@tiptap/react';
import { CurriculumUnitNode } from '../../shared/schema/curriculumUnitNode.ts';
import { ProgrammeFactsNode } from '../../shared/schema/programmeFactsNode.ts';
import { UnitView } from './UnitView.tsx';
import { FactsView } from './FactsView.tsx';

/** The shared block nodes with their browser views on top (schema unchanged). */
export const CurriculumUnitView = CurriculumUnitNode.extend({
  addNodeView() {
    return ReactNodeViewRenderer(UnitView);
  },
});

export const ProgrammeFactsView = ProgrammeFactsNode.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FactsView);
  },
});

export const PROGRAMME_VIEW_NAMES = new Set([CurriculumUnitNode.name, ProgrammeFactsNode.name]);

import { ReactNodeViewRenderer } from '@tiptap/react';
import { CurriculumUnitNode } from '../../shared/schema/curriculumUnitNode.ts';
import { ProgrammeFactsNode } from '../../shared/schema/programmeFactsNode.ts';
import { provideNodeView } from '../editor/lateNodeViews.ts';
import { UnitView } from './UnitView.tsx';
import { FactsView } from './FactsView.tsx';

/** The shared block nodes' browser views (schema unchanged): the editor takes them up when React mounts it. */
export function provideProgrammeViews(): void {
  provideNodeView(CurriculumUnitNode.name, ReactNodeViewRenderer(UnitView));
  provideNodeView(ProgrammeFactsNode.name, ReactNodeViewRenderer(FactsView));
}

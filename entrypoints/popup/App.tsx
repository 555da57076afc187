import { ArticleDetails } from '../../components/ArticleDetails';
import { AttributionList } from '../../components/AttributionList';
import { CitationList } from '../../components/CitationList';
import { CorroborationList } from '../../components/CorroborationList';
import { FlagList } from '../../components/FlagList';
import { Limits } from '../../components/Limits';
import { Notice } from '../../components/Notice';
import { OutletCard } from '../../components/OutletCard';
import { ReportFooter } from '../../components/ReportFooter';
import { useActiveReport, useReportTabId } from '../../components/useActiveReport';
import { VerdictHeader } from '../../components/VerdictHeader';

export function App() {
  const tabId = useReportTabId();
  const result = useActiveReport(tabId);

  if (result.state === 'loading') return <Notice>Loading…</Notice>;
  if (result.state === 'unchecked') {
    return (
      <Notice testId="no-report">
        Sourcecheck reads news articles on http and https pages; this page has not been checked.
      </Notice>
    );
  }
  const report = result.state === 'report' ? result.report : null;
  if (!report || !report.isArticle || report.verdict === 'not-article') {
    return <Notice testId="not-article">This page is not a news article, so nothing was checked.</Notice>;
  }

  return (
    <main>
      <VerdictHeader verdict={report.verdict} summary={report.summary} />
      <div className="body">
        <ArticleDetails article={report.article} />
        <OutletCard outlet={report.outlet} siteName={report.article.siteName} tabId={tabId ?? null} />
        <Limits limits={report.limits} />
        <FlagList flags={report.flags} tabId={tabId ?? null} />
        <AttributionList attributions={report.attributions} tabId={tabId ?? null} />
        <CitationList citations={report.citations} />
        <CorroborationList report={report} />
        <ReportFooter report={report} tabId={tabId ?? null} />
      </div>
    </main>
  );
}

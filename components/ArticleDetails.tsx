import type { ArticleInfo } from '../utils/report';

export function ArticleDetails({ article }: { article: ArticleInfo }) {
  const { title, byline, siteName } = article;
  if (!title && !byline && !siteName) return null;
  return (
    <div className="article">
      {title && <p className="article__title">{title}</p>}
      {(byline || siteName) && (
        <p className="muted">{[byline, siteName].filter(Boolean).join(' · ')}</p>
      )}
    </div>
  );
}

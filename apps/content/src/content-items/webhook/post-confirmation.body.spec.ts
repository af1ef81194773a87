import { maxConfirmations, parsePostConfirmations } from './post-confirmation.body';

const post = { contentItemId: '0193a3c2-0000-7000-8000-000000000001', platform: 'weibo', platformPostId: '4990001', url: 'https://weibo.com/1/4990001' };

describe(parsePostConfirmations.name, () => {
  it('should take a list of confirmed posts', () => {
    expect(parsePostConfirmations({ posts: [post] })).toEqual([post]);
  });

  it.each([
    ['an empty list', { posts: [] }, 'posts'],
    ['an unknown platform', { posts: [{ ...post, platform: 'myspace' }] }, 'posts.0.platform'],
    ['a javascript: URL', { posts: [{ ...post, url: 'javascript:alert(1)' }] }, 'posts.0.url'],
    ['a field nobody asked for', { posts: [{ ...post, token: 'secret' }] }, 'posts.0'],
    ['one too many', { posts: Array(maxConfirmations + 1).fill(post) }, 'posts'],
  ])('should refuse %s, naming where', (_label, body, path) => {
    expect(() => parsePostConfirmations(body)).toThrow(expect.objectContaining({ category: 'BAD_USER_INPUT', details: { problems: expect.arrayContaining([expect.objectContaining({ path })]) } }));
  });
});

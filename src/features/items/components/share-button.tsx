import { Button } from '@tarojs/components'
import { copyText, h5PageLink } from '../device'
import { guidePageUrl } from '../navigation'

/**
 * 分享: in WeChat the button opens WeChat's own share sheet (open-type="share", answered by the
 * page's useShareAppMessage); in a browser there is no such sheet, so it copies the link instead.
 */
export function ShareButton({ id, name, className }: { id: string; name: string; className?: string }) {
  if (process.env.TARO_ENV === 'weapp') {
    return <Button className={className} openType='share' aria-label={`分享“${name}”的办事指南`}>分享</Button>
  }
  return (
    <Button
      className={className}
      aria-label={`分享：复制“${name}”办事指南的链接`}
      onClick={() => void copyText(h5PageLink(guidePageUrl(id)), '链接已复制，可粘贴发送给亲友')}
    >
      分享
    </Button>
  )
}

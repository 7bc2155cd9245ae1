import { Button, Text, View } from '@tarojs/components'
import { callPhone } from '../device'

function PhoneRow({ label, phone }: { label: string; phone: string }) {
  if (!phone) return null
  return (
    <View className='contact-phones__row'>
      <View className='contact-phones__text'>
        <Text className='contact-phones__label'>{label}</Text>
        <Text className='contact-phones__number' selectable>{phone}</Text>
      </View>
      <Button className='contact-phones__call' aria-label={`拨打${label} ${phone}`} onClick={() => void callPhone(phone)}>拨打</Button>
    </View>
  )
}

/** 咨询电话 and 监督投诉电话, each one tap from a call. */
export function ContactPhones({ phone, complaintPhone }: { phone: string; complaintPhone: string }) {
  return (
    <View className='contact-phones'>
      <PhoneRow label='咨询电话' phone={phone} />
      <PhoneRow label='监督投诉电话' phone={complaintPhone} />
    </View>
  )
}
